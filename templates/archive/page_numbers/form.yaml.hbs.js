// sha256 e11a8620ea34f5dd5fc73944ca89b0615d1c31409c6e4b5c40f7492091a3c42c
{"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"index")),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\"\n    align: right\n    size: 12\n    font: song\n    indent: 0\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "  - type: page_break\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\nmeta:\n  id: \"page_numbers/"
    + ((stack1 = (lookupProperty(helpers,"len")||(depth0 && lookupProperty(depth0,"len"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"numbers") : depth0),{"name":"len","hash":{},"data":data,"loc":{"start":{"line":4,"column":20},"end":{"line":4,"column":35}}})) != null ? stack1 : "")
    + "\"\n  date: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date_iso") || (depth0 != null ? lookupProperty(depth0,"date_iso") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date_iso","hash":{},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":21}}}) : helper))) != null ? stack1 : "")
    + "\"\n  title: \"页号\"\nblocks:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"numbers") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "");
},"useData":true}
