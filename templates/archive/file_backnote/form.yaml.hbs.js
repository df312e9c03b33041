// sha256 6feb1a95ad9c4c394031d1a1fbd1f7e6b5076be765cec2bccff8997ee356e346
{"0":function(container,depth0,helpers,partials,data) {
    return "本卷情况说明";
},"1":function(container,depth0,helpers,partials,data) {
    return "本件情况说明";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"index")),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":36},"end":{"line":22,"column":59}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"inc")||(depth0 && lookupProperty(depth0,"inc"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"index")),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":22,"column":59},"end":{"line":22,"column":73}}})) != null ? stack1 : "")
    + ". "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return "\\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "立卷人";
},"5":function(container,depth0,helpers,partials,data) {
    return "整理人";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\nmeta:\n  id: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"archival_code") || (depth0 != null ? lookupProperty(depth0,"archival_code") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"archival_code","hash":{},"data":data,"loc":{"start":{"line":4,"column":7},"end":{"line":4,"column":24}}}) : helper))) != null ? stack1 : "")
    + "/file_backnote\"\n  date: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date_iso") || (depth0 != null ? lookupProperty(depth0,"date_iso") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date_iso","hash":{},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":21}}}) : helper))) != null ? stack1 : "")
    + "\"\n  title: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":19}}}) : helper))) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: heading\n    text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":9,"column":11},"end":{"line":9,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\"\n  - type: paragraph\n    text: \"档号："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"archival_code") || (depth0 != null ? lookupProperty(depth0,"archival_code") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"archival_code","hash":{},"data":data,"loc":{"start":{"line":11,"column":14},"end":{"line":11,"column":31}}}) : helper))) != null ? stack1 : "")
    + "\"\n    size: 12\n    indent: 0\n  - type: table\n    columns: [156]\n    size: 12\n    rows:\n      - cells:\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"mode") : depth0),"file",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":19,"column":27},"end":{"line":19,"column":43}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":19,"column":21},"end":{"line":19,"column":72}}})) != null ? stack1 : "")
    + "\", header: true }\n      - height: 150\n        cells:\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"notes") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":21},"end":{"line":22,"column":92}}})) != null ? stack1 : "")
    + "\" }\n  - type: spacer\n  - type: signers\n    items:\n      - { label: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"mode") : depth0),"file",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":26,"column":24},"end":{"line":26,"column":40}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":26,"column":18},"end":{"line":26,"column":63}}})) != null ? stack1 : "")
    + "（签名）：\", date: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"filed_date") || (depth0 != null ? lookupProperty(depth0,"filed_date") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"filed_date","hash":{},"data":data,"loc":{"start":{"line":26,"column":78},"end":{"line":26,"column":92}}}) : helper))) != null ? stack1 : "")
    + "\" }\n      - { label: \"检查人（签名）：\", date: \"　　年　　月　　日\" }\n";
},"useData":true}
