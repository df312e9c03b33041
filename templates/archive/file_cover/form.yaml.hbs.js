// sha256 cf30742006f44ab66ccadcae8371987bafc52019f0a70a1b37b66c6fb5368029
{"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"classification") || (depth0 != null ? lookupProperty(depth0,"classification") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"classification","hash":{},"data":data,"loc":{"start":{"line":25,"column":11},"end":{"line":25,"column":29}}}) : helper))) != null ? stack1 : "")
    + "　（保密卷：检举控告或信访人申请保密，借阅须经批准）\"\n    align: right\n    size: 14\n    font: hei\n    color: \"#C00000\"\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"classification") || (depth0 != null ? lookupProperty(depth0,"classification") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"classification","hash":{},"data":data,"loc":{"start":{"line":32,"column":11},"end":{"line":32,"column":29}}}) : helper))) != null ? stack1 : "")
    + "\"\n    align: right\n    size: 14\n    font: hei\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\nmeta:\n  id: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"fonds_no") || (depth0 != null ? lookupProperty(depth0,"fonds_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fonds_no","hash":{},"data":data,"loc":{"start":{"line":5,"column":7},"end":{"line":5,"column":19}}}) : helper))) != null ? stack1 : "")
    + "-"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"catalogue_no") || (depth0 != null ? lookupProperty(depth0,"catalogue_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"catalogue_no","hash":{},"data":data,"loc":{"start":{"line":5,"column":20},"end":{"line":5,"column":36}}}) : helper))) != null ? stack1 : "")
    + "-"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"file_no") || (depth0 != null ? lookupProperty(depth0,"file_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"file_no","hash":{},"data":data,"loc":{"start":{"line":5,"column":37},"end":{"line":5,"column":48}}}) : helper))) != null ? stack1 : "")
    + "/file_cover\"\n  date: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date_iso") || (depth0 != null ? lookupProperty(depth0,"date_iso") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date_iso","hash":{},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":21}}}) : helper))) != null ? stack1 : "")
    + "\"\n  title: \"案卷封面\"\n  author: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"fonds_name") || (depth0 != null ? lookupProperty(depth0,"fonds_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fonds_name","hash":{},"data":data,"loc":{"start":{"line":8,"column":11},"end":{"line":8,"column":25}}}) : helper))) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: table\n    columns: [22, 22, 22]\n    size: 10.5\n    rows:\n      - cells:\n          - { text: \"全宗号\", header: true }\n          - { text: \"目录号\", header: true }\n          - { text: \"案卷号\", header: true }\n      - height: 10\n        cells:\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"fonds_no") || (depth0 != null ? lookupProperty(depth0,"fonds_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fonds_no","hash":{},"data":data,"loc":{"start":{"line":20,"column":21},"end":{"line":20,"column":33}}}) : helper))) != null ? stack1 : "")
    + "\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"catalogue_no") || (depth0 != null ? lookupProperty(depth0,"catalogue_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"catalogue_no","hash":{},"data":data,"loc":{"start":{"line":21,"column":21},"end":{"line":21,"column":37}}}) : helper))) != null ? stack1 : "")
    + "\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"file_no") || (depth0 != null ? lookupProperty(depth0,"file_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"file_no","hash":{},"data":data,"loc":{"start":{"line":22,"column":21},"end":{"line":22,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\", header: true }\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"confidential") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "")
    + "  - type: spacer\n    lines: 2\n  - type: heading\n    text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"fonds_name") || (depth0 != null ? lookupProperty(depth0,"fonds_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fonds_name","hash":{},"data":data,"loc":{"start":{"line":40,"column":11},"end":{"line":40,"column":25}}}) : helper))) != null ? stack1 : "")
    + "\"\n    size: 22\n  - type: spacer\n    lines: 2\n  - type: heading\n    text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"class_name") || (depth0 != null ? lookupProperty(depth0,"class_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"class_name","hash":{},"data":data,"loc":{"start":{"line":45,"column":11},"end":{"line":45,"column":25}}}) : helper))) != null ? stack1 : "")
    + "\"\n    size: 16\n  - type: spacer\n  - type: table\n    columns: [36, 120]\n    size: 14\n    rows:\n      - height: 34\n        cells:\n          - { text: \"案卷题名\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"file_title") || (depth0 != null ? lookupProperty(depth0,"file_title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"file_title","hash":{},"data":data,"loc":{"start":{"line":55,"column":21},"end":{"line":55,"column":35}}}) : helper))) != null ? stack1 : "")
    + "\" }\n      - height: 14\n        cells:\n          - { text: \"时　　间\", header: true }\n          - { text: \"自"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date_from") || (depth0 != null ? lookupProperty(depth0,"date_from") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date_from","hash":{},"data":data,"loc":{"start":{"line":59,"column":22},"end":{"line":59,"column":35}}}) : helper))) != null ? stack1 : "")
    + "至"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date_to") || (depth0 != null ? lookupProperty(depth0,"date_to") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date_to","hash":{},"data":data,"loc":{"start":{"line":59,"column":36},"end":{"line":59,"column":47}}}) : helper))) != null ? stack1 : "")
    + "\" }\n      - height: 14\n        cells:\n          - { text: \"保管期限\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"retention_zh") || (depth0 != null ? lookupProperty(depth0,"retention_zh") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"retention_zh","hash":{},"data":data,"loc":{"start":{"line":63,"column":21},"end":{"line":63,"column":37}}}) : helper))) != null ? stack1 : "")
    + "\" }\n      - height: 14\n        cells:\n          - { text: \"件、页数\", header: true }\n          - { text: \"本卷共 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"item_count") || (depth0 != null ? lookupProperty(depth0,"item_count") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"item_count","hash":{},"data":data,"loc":{"start":{"line":67,"column":25},"end":{"line":67,"column":39}}}) : helper))) != null ? stack1 : "")
    + " 件 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"page_count") || (depth0 != null ? lookupProperty(depth0,"page_count") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"page_count","hash":{},"data":data,"loc":{"start":{"line":67,"column":42},"end":{"line":67,"column":56}}}) : helper))) != null ? stack1 : "")
    + " 页\" }\n      - height: 14\n        cells:\n          - { text: \"归 档 号\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"filing_no") || (depth0 != null ? lookupProperty(depth0,"filing_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"filing_no","hash":{},"data":data,"loc":{"start":{"line":71,"column":21},"end":{"line":71,"column":34}}}) : helper))) != null ? stack1 : "")
    + "\" }\n      - height: 14\n        cells:\n          - { text: \"密　　级\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"classification") || (depth0 != null ? lookupProperty(depth0,"classification") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"classification","hash":{},"data":data,"loc":{"start":{"line":75,"column":21},"end":{"line":75,"column":39}}}) : helper))) != null ? stack1 : "")
    + "\" }\n";
},"useData":true}
