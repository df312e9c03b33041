// sha256 8bba9cf531c820aee559126c289febca6e02e711462fa90ec985e17949e52ad3
{"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"title") : stack1),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":22,"column":108},"end":{"line":22,"column":129}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "关于"
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"request_text") : stack1),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":22,"column":139},"end":{"line":22,"column":167}}})) != null ? stack1 : "")
    + "的信访事项";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "，经"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"transfer_from_org") : stack1), depth0)) != null ? stack1 : "")
    + "转送/交办，本机关于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"org_received_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":22,"column":247},"end":{"line":22,"column":278}}})) != null ? stack1 : "")
    + "收到";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"procedure_text") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    text: \"本机关将自受理之日起60日内办结；情况复杂需要延长办理期限的，经本机关负责人批准可以适当延长，延长期限不超过30日，并将书面告知延期理由。本机关将听取"
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "的陈述和理由，调查核实后依法作出处理意见，并书面答复你。\"\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: letter\npage_numbers: true\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"case_no") : stack1), depth0)) != null ? stack1 : "")
    + "/acceptance_notice\"\n  date: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"issue_date") : stack1),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"accepted_date") : stack1),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":95}}})) != null ? stack1 : "")
    + "\"\n  title: \"信访事项受理告知书\"\n  subject: \"受理告知书 "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  author: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"issuing_org") || (depth0 != null ? lookupProperty(depth0,"issuing_org") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"issuing_org","hash":{},"data":data,"loc":{"start":{"line":9,"column":11},"end":{"line":9,"column":26}}}) : helper))) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n    align: right\n  - type: spacer\n  - type: heading\n    text: \"信访事项受理告知书\"\n  - type: paragraph\n    text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"petitioner_name") || (depth0 != null ? lookupProperty(depth0,"petitioner_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"petitioner_name","hash":{},"data":data,"loc":{"start":{"line":18,"column":11},"end":{"line":18,"column":30}}}) : helper))) != null ? stack1 : "")
    + "：\"\n    align: left\n    indent: 0\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"received_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":22,"column":25},"end":{"line":22,"column":52}}})) != null ? stack1 : "")
    + "以"
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"CHANNEL",((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"channel") : stack1),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":22,"column":53},"end":{"line":22,"column":85}}})) != null ? stack1 : "")
    + "形式提出的"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"title") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":22,"column":90},"end":{"line":22,"column":179}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"transfer_from_org") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":179},"end":{"line":22,"column":287}}})) != null ? stack1 : "")
    + "，属于本机关职权范围，本机关已于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"accepted_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":22,"column":303},"end":{"line":22,"column":350}}})) != null ? stack1 : "")
    + "受理。\"\n  - type: paragraph\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"procedure_text") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + "  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "可以通过"
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"inquiry_channel") : stack1),"本机关信访接待窗口",{"name":"default","hash":{},"data":data,"loc":{"start":{"line":30,"column":28},"end":{"line":30,"column":92}}})) != null ? stack1 : "")
    + "查询办理进展。承办人："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"handler") : stack1)) != null ? lookupProperty(stack1,"handler_name") : stack1), depth0)) != null ? stack1 : "")
    + "，联系电话："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"handler") : stack1)) != null ? lookupProperty(stack1,"handler_phone") : stack1), depth0)) != null ? stack1 : "")
    + "。\"\n  - type: paragraph\n    text: \"特此告知。\"\n  - type: signature\n    org: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"issuing_org") || (depth0 != null ? lookupProperty(depth0,"issuing_org") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"issuing_org","hash":{},"data":data,"loc":{"start":{"line":34,"column":10},"end":{"line":34,"column":25}}}) : helper))) != null ? stack1 : "")
    + "\"\n    date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"issue_date") : stack1),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"accepted_date") : stack1),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":35,"column":18},"end":{"line":35,"column":102}}}),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":35,"column":11},"end":{"line":35,"column":104}}})) != null ? stack1 : "")
    + "\"\n    seal: 42\n";
},"useData":true}
