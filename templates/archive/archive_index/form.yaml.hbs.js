// sha256 8ac0272cb13f9067d9a00a9e08ca6d4e3901ba500bc3c0aab7eb27d8480b12b0
{"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    columns: [14, 45, 96, 30, 12, 14, 14]\n    rows:\n      - cells:\n          - { text: \"案卷号\", header: true }\n          - { text: \"档号\", header: true }\n          - { text: \"案卷题名\", header: true }\n          - { text: \"起止日期\", header: true }\n          - { text: \"页数\", header: true }\n          - { text: \"保管期限\", header: true }\n          - { text: \"备注\", header: true }\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":42,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - cells:\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"file_no") || (depth0 != null ? lookupProperty(depth0,"file_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"file_no","hash":{},"data":data,"loc":{"start":{"line":35,"column":21},"end":{"line":35,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"archival_code") || (depth0 != null ? lookupProperty(depth0,"archival_code") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"archival_code","hash":{},"data":data,"loc":{"start":{"line":36,"column":21},"end":{"line":36,"column":38}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":37,"column":21},"end":{"line":37,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date_range") || (depth0 != null ? lookupProperty(depth0,"date_range") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date_range","hash":{},"data":data,"loc":{"start":{"line":38,"column":21},"end":{"line":38,"column":35}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"pages") || (depth0 != null ? lookupProperty(depth0,"pages") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"pages","hash":{},"data":data,"loc":{"start":{"line":39,"column":21},"end":{"line":39,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"retention_zh") || (depth0 != null ? lookupProperty(depth0,"retention_zh") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"retention_zh","hash":{},"data":data,"loc":{"start":{"line":40,"column":21},"end":{"line":40,"column":37}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"remarks") || (depth0 != null ? lookupProperty(depth0,"remarks") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"remarks","hash":{},"data":data,"loc":{"start":{"line":41,"column":21},"end":{"line":41,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\" }\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    columns: [12, 46, 26, 30, 60, 16, 11, 10, 14]\n    rows:\n      - cells:\n          - { text: \"序号\", header: true }\n          - { text: \"档号\", header: true }\n          - { text: \"文号\", header: true }\n          - { text: \"责任者\", header: true }\n          - { text: \"题名\", header: true }\n          - { text: \"日期\", header: true }\n          - { text: \"密级\", header: true }\n          - { text: \"页数\", header: true }\n          - { text: \"备注\", header: true }\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":56,"column":0},"end":{"line":67,"column":9}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - cells:\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"seq") || (depth0 != null ? lookupProperty(depth0,"seq") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"seq","hash":{},"data":data,"loc":{"start":{"line":58,"column":21},"end":{"line":58,"column":28}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"archival_code") || (depth0 != null ? lookupProperty(depth0,"archival_code") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"archival_code","hash":{},"data":data,"loc":{"start":{"line":59,"column":21},"end":{"line":59,"column":38}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"doc_no") || (depth0 != null ? lookupProperty(depth0,"doc_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"doc_no","hash":{},"data":data,"loc":{"start":{"line":60,"column":21},"end":{"line":60,"column":31}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"creator") || (depth0 != null ? lookupProperty(depth0,"creator") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"creator","hash":{},"data":data,"loc":{"start":{"line":61,"column":21},"end":{"line":61,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":62,"column":21},"end":{"line":62,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date8") || (depth0 != null ? lookupProperty(depth0,"date8") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date8","hash":{},"data":data,"loc":{"start":{"line":63,"column":21},"end":{"line":63,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"classification") || (depth0 != null ? lookupProperty(depth0,"classification") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"classification","hash":{},"data":data,"loc":{"start":{"line":64,"column":21},"end":{"line":64,"column":39}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"pages") || (depth0 != null ? lookupProperty(depth0,"pages") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"pages","hash":{},"data":data,"loc":{"start":{"line":65,"column":21},"end":{"line":65,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\", align: center }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"remarks") || (depth0 != null ? lookupProperty(depth0,"remarks") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"remarks","hash":{},"data":data,"loc":{"start":{"line":66,"column":21},"end":{"line":66,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\" }\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\n# SPEC §7.5: landscape recommended; the head row repeats on every page of the volume\norientation: landscape\nmeta:\n  id: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"bundle") || (depth0 != null ? lookupProperty(depth0,"bundle") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"bundle","hash":{},"data":data,"loc":{"start":{"line":8,"column":7},"end":{"line":8,"column":17}}}) : helper))) != null ? stack1 : "")
    + "/archive_index/"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"volume") || (depth0 != null ? lookupProperty(depth0,"volume") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"volume","hash":{},"data":data,"loc":{"start":{"line":8,"column":32},"end":{"line":8,"column":42}}}) : helper))) != null ? stack1 : "")
    + "\"\n  date: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date_iso") || (depth0 != null ? lookupProperty(depth0,"date_iso") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date_iso","hash":{},"data":data,"loc":{"start":{"line":9,"column":9},"end":{"line":9,"column":21}}}) : helper))) != null ? stack1 : "")
    + "\"\n  title: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":10,"column":10},"end":{"line":10,"column":19}}}) : helper))) != null ? stack1 : "")
    + "\"\n  author: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"fonds_name") || (depth0 != null ? lookupProperty(depth0,"fonds_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fonds_name","hash":{},"data":data,"loc":{"start":{"line":11,"column":11},"end":{"line":11,"column":25}}}) : helper))) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: heading\n    text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":14,"column":11},"end":{"line":14,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\"\n  - type: paragraph\n    text: \"全宗名称："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"fonds_name") || (depth0 != null ? lookupProperty(depth0,"fonds_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fonds_name","hash":{},"data":data,"loc":{"start":{"line":16,"column":16},"end":{"line":16,"column":30}}}) : helper))) != null ? stack1 : "")
    + "　　年度："
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"year") : depth0), depth0)) != null ? stack1 : "")
    + "　　第 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"volume") || (depth0 != null ? lookupProperty(depth0,"volume") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"volume","hash":{},"data":data,"loc":{"start":{"line":16,"column":49},"end":{"line":16,"column":59}}}) : helper))) != null ? stack1 : "")
    + " 册，共 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"volumes") || (depth0 != null ? lookupProperty(depth0,"volumes") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"volumes","hash":{},"data":data,"loc":{"start":{"line":16,"column":64},"end":{"line":16,"column":75}}}) : helper))) != null ? stack1 : "")
    + " 册（第 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"first_seq") || (depth0 != null ? lookupProperty(depth0,"first_seq") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"first_seq","hash":{},"data":data,"loc":{"start":{"line":16,"column":80},"end":{"line":16,"column":93}}}) : helper))) != null ? stack1 : "")
    + "–"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"last_seq") || (depth0 != null ? lookupProperty(depth0,"last_seq") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"last_seq","hash":{},"data":data,"loc":{"start":{"line":16,"column":94},"end":{"line":16,"column":106}}}) : helper))) != null ? stack1 : "")
    + " 条）\"\n    size: 10.5\n    indent: 0\n  - type: table\n    size: 9\n    header_rows: 1\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"mode") : depth0),"file",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":22,"column":6},"end":{"line":22,"column":22}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":68,"column":7}}})) != null ? stack1 : "");
},"useData":true}
