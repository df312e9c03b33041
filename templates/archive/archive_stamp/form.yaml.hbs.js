// sha256 b0562ebf91456d84b7b945b6141c539f0b53cf9415a82adeb144182d8023a16a
{"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\nmeta:\n  id: \"archive_stamp/"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"stamp") : depth0)) != null ? lookupProperty(stack1,"fonds_no") : stack1), depth0)) != null ? stack1 : "")
    + "/"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"stamp") : depth0)) != null ? lookupProperty(stack1,"year") : stack1), depth0)) != null ? stack1 : "")
    + "/"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"stamp") : depth0)) != null ? lookupProperty(stack1,"item_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  date: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date_iso") || (depth0 != null ? lookupProperty(depth0,"date_iso") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date_iso","hash":{},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":21}}}) : helper))) != null ? stack1 : "")
    + "\"\n  title: \"归档章\"\nblocks:\n  - type: table\n    columns: [15, 15, 15]\n    size: 10.5\n    font: song\n    rows:\n      - height: 8\n        cells:\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"stamp") : depth0)) != null ? lookupProperty(stack1,"fonds_no") : stack1), depth0)) != null ? stack1 : "")
    + "\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"stamp") : depth0)) != null ? lookupProperty(stack1,"year") : stack1), depth0)) != null ? stack1 : "")
    + "\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"stamp") : depth0)) != null ? lookupProperty(stack1,"item_no") : stack1), depth0)) != null ? stack1 : "")
    + "\", header: true }\n      - height: 8\n        cells:\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"stamp") : depth0)) != null ? lookupProperty(stack1,"org") : stack1), depth0)) != null ? stack1 : "")
    + "\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"stamp") : depth0)) != null ? lookupProperty(stack1,"retention") : stack1), depth0)) != null ? stack1 : "")
    + "\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"stamp") : depth0)) != null ? lookupProperty(stack1,"pages") : stack1), depth0)) != null ? stack1 : "")
    + "\", header: true }\n";
},"useData":true}
