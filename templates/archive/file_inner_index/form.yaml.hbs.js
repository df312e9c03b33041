// sha256 ff111d982c6a944ca67ccc49c8adfd26dd633c48d74004a09ebe76db022217dd
{"0":function(container,depth0,helpers,partials,data) {
    return "　　（保密）";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    columns: [10, 32, 24, 50, 16, 14, 10]\n    rows:\n      - cells:\n          - { text: \"顺序号\", header: true }\n          - { text: \"文号\", header: true }\n          - { text: \"责任者\", header: true }\n          - { text: \"题名\", header: true }\n          - { text: \"日期\", header: true }\n          - { text: \"页号\", header: true }\n          - { text: \"备注\", header: true }\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":43,"column":9}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - cells:\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"seq") || (depth0 != null ? lookupProperty(depth0,"seq") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"seq","hash":{},"data":data,"loc":{"start":{"line":36,"column":21},"end":{"line":36,"column":28}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"doc_no") || (depth0 != null ? lookupProperty(depth0,"doc_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"doc_no","hash":{},"data":data,"loc":{"start":{"line":37,"column":21},"end":{"line":37,"column":31}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"creator") || (depth0 != null ? lookupProperty(depth0,"creator") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"creator","hash":{},"data":data,"loc":{"start":{"line":38,"column":21},"end":{"line":38,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":39,"column":21},"end":{"line":39,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date8") || (depth0 != null ? lookupProperty(depth0,"date8") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date8","hash":{},"data":data,"loc":{"start":{"line":40,"column":21},"end":{"line":40,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"page_ref") || (depth0 != null ? lookupProperty(depth0,"page_ref") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"page_ref","hash":{},"data":data,"loc":{"start":{"line":41,"column":21},"end":{"line":41,"column":33}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"remarks") || (depth0 != null ? lookupProperty(depth0,"remarks") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"remarks","hash":{},"data":data,"loc":{"start":{"line":42,"column":21},"end":{"line":42,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\" }\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    columns: [8, 32, 24, 46, 16, 10, 10, 10]\n    rows:\n      - cells:\n          - { text: \"序号\", header: true }\n          - { text: \"文号\", header: true }\n          - { text: \"责任者\", header: true }\n          - { text: \"题名\", header: true }\n          - { text: \"日期\", header: true }\n          - { text: \"密级\", header: true }\n          - { text: \"页数\", header: true }\n          - { text: \"备注\", header: true }\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":56,"column":0},"end":{"line":66,"column":9}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - cells:\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"seq") || (depth0 != null ? lookupProperty(depth0,"seq") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"seq","hash":{},"data":data,"loc":{"start":{"line":58,"column":21},"end":{"line":58,"column":28}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"doc_no") || (depth0 != null ? lookupProperty(depth0,"doc_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"doc_no","hash":{},"data":data,"loc":{"start":{"line":59,"column":21},"end":{"line":59,"column":31}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"creator") || (depth0 != null ? lookupProperty(depth0,"creator") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"creator","hash":{},"data":data,"loc":{"start":{"line":60,"column":21},"end":{"line":60,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":61,"column":21},"end":{"line":61,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date8") || (depth0 != null ? lookupProperty(depth0,"date8") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date8","hash":{},"data":data,"loc":{"start":{"line":62,"column":21},"end":{"line":62,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"classification") || (depth0 != null ? lookupProperty(depth0,"classification") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"classification","hash":{},"data":data,"loc":{"start":{"line":63,"column":21},"end":{"line":63,"column":39}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"pages") || (depth0 != null ? lookupProperty(depth0,"pages") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"pages","hash":{},"data":data,"loc":{"start":{"line":64,"column":21},"end":{"line":64,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"remarks") || (depth0 != null ? lookupProperty(depth0,"remarks") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"remarks","hash":{},"data":data,"loc":{"start":{"line":65,"column":21},"end":{"line":65,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\" }\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\nmeta:\n  id: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"archival_code") || (depth0 != null ? lookupProperty(depth0,"archival_code") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"archival_code","hash":{},"data":data,"loc":{"start":{"line":5,"column":7},"end":{"line":5,"column":24}}}) : helper))) != null ? stack1 : "")
    + "/file_inner_index\"\n  date: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date_iso") || (depth0 != null ? lookupProperty(depth0,"date_iso") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date_iso","hash":{},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":21}}}) : helper))) != null ? stack1 : "")
    + "\"\n  title: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":7,"column":10},"end":{"line":7,"column":19}}}) : helper))) != null ? stack1 : "")
    + "\"\n  author: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"fonds_name") || (depth0 != null ? lookupProperty(depth0,"fonds_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fonds_name","hash":{},"data":data,"loc":{"start":{"line":8,"column":11},"end":{"line":8,"column":25}}}) : helper))) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: heading\n    text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":11,"column":11},"end":{"line":11,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\"\n  - type: paragraph\n    text: \"档号："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"archival_code") || (depth0 != null ? lookupProperty(depth0,"archival_code") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"archival_code","hash":{},"data":data,"loc":{"start":{"line":13,"column":14},"end":{"line":13,"column":31}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"confidential") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":31},"end":{"line":13,"column":64}}})) != null ? stack1 : "")
    + "\"\n    size: 10.5\n    indent: 0\n  - type: paragraph\n    text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"case_title") || (depth0 != null ? lookupProperty(depth0,"case_title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"case_title","hash":{},"data":data,"loc":{"start":{"line":17,"column":11},"end":{"line":17,"column":25}}}) : helper))) != null ? stack1 : "")
    + "\"\n    size: 10.5\n    indent: 0\n  - type: table\n    size: 9\n    header_rows: 1\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"mode") : depth0),"file",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":23,"column":6},"end":{"line":23,"column":22}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":67,"column":7}}})) != null ? stack1 : "");
},"useData":true}
