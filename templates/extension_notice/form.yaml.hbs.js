// sha256 3a5f770f2eda44b656a28a3c91f06d6067492661c104ba3c6f07722a7f9c3463
{"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"title") : stack1),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":21,"column":73},"end":{"line":21,"column":94}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "信访事项";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: letter\npage_numbers: true\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"case_no") : stack1), depth0)) != null ? stack1 : "")
    + "/extension_notice\"\n  date: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"extension") : stack1)) != null ? lookupProperty(stack1,"notice_date") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  title: \"信访事项延期办理告知书\"\n  author: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"issuing_org") || (depth0 != null ? lookupProperty(depth0,"issuing_org") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"issuing_org","hash":{},"data":data,"loc":{"start":{"line":8,"column":11},"end":{"line":8,"column":26}}}) : helper))) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"extension") : stack1)) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n    align: right\n  - type: spacer\n  - type: heading\n    text: \"信访事项延期办理告知书\"\n  - type: paragraph\n    text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"petitioner_name") || (depth0 != null ? lookupProperty(depth0,"petitioner_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"petitioner_name","hash":{},"data":data,"loc":{"start":{"line":17,"column":11},"end":{"line":17,"column":30}}}) : helper))) != null ? stack1 : "")
    + "：\"\n    align: left\n    indent: 0\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"received_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":21,"column":25},"end":{"line":21,"column":52}}})) != null ? stack1 : "")
    + "提出的"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"title") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":21,"column":55},"end":{"line":21,"column":113}}})) != null ? stack1 : "")
    + "，本机关已于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"accepted_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":21,"column":119},"end":{"line":21,"column":166}}})) != null ? stack1 : "")
    + "受理，原定办结期限为"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"clocks") : depth0)) != null ? lookupProperty(stack1,"handling") : stack1)) != null ? lookupProperty(stack1,"base_due") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":21,"column":176},"end":{"line":21,"column":209}}})) != null ? stack1 : "")
    + "。因"
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"extension") : stack1)) != null ? lookupProperty(stack1,"extension_reason") : stack1),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":21,"column":211},"end":{"line":21,"column":262}}})) != null ? stack1 : "")
    + "，经本机关负责人批准，办理期限延长"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"extension") : stack1)) != null ? lookupProperty(stack1,"extension_days") : stack1), depth0)) != null ? stack1 : "")
    + "日，至"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"clocks") : depth0)) != null ? lookupProperty(stack1,"handling") : stack1)) != null ? lookupProperty(stack1,"due") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":21,"column":324},"end":{"line":21,"column":352}}})) != null ? stack1 : "")
    + "办结。\"\n  - type: paragraph\n    text: \"延期期间，"
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "可以向承办人"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"handler") : stack1)) != null ? lookupProperty(stack1,"handler_name") : stack1), depth0)) != null ? stack1 : "")
    + "（联系电话："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"handler") : stack1)) != null ? lookupProperty(stack1,"handler_phone") : stack1), depth0)) != null ? stack1 : "")
    + "）了解办理进展。\"\n  - type: paragraph\n    text: \"特此告知。\"\n  - type: signature\n    org: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"issuing_org") || (depth0 != null ? lookupProperty(depth0,"issuing_org") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"issuing_org","hash":{},"data":data,"loc":{"start":{"line":27,"column":10},"end":{"line":27,"column":25}}}) : helper))) != null ? stack1 : "")
    + "\"\n    date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"extension") : stack1)) != null ? lookupProperty(stack1,"notice_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":28,"column":11},"end":{"line":28,"column":55}}})) != null ? stack1 : "")
    + "\"\n    seal: 42\n";
},"useData":true}
