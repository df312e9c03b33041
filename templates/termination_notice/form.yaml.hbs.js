// sha256 8cf757607b95833019eb9310f232e3f205a735dc345a36358ec0974cc4109912
{"0":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: letter\npage_numbers: true\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"case_no")), depth0)) != null ? stack1 : "")
    + "/termination_notice\"\n  date: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"terminated_date") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  title: \"信访事项终结告知书\"\n  author: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")), depth0)) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n    align: right\n  - type: spacer\n  - type: heading\n    text: \"信访事项终结告知书\"\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"petitioner_name")), depth0)) != null ? stack1 : "")
    + "：\"\n    align: left\n    indent: 0\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"received_date")),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":25},"end":{"line":22,"column":58}}})) != null ? stack1 : "")
    + "提出的"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"title")),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams),"inverse":container.program(2, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":61},"end":{"line":22,"column":131}}})) != null ? stack1 : "")
    + "（编号"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"case_no")), depth0)) != null ? stack1 : "")
    + "），因"
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"TERMINATION_REASON",((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"reason") : stack1),{"name":"label","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":159},"end":{"line":22,"column":199}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"note") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":199},"end":{"line":22,"column":241}}})) != null ? stack1 : "")
    + "，已于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"terminated_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":244},"end":{"line":22,"column":271}}})) != null ? stack1 : "")
    + "办理终结。\"\n  - type: paragraph\n    text: \"依照《信访工作条例》的有关规定，信访人对已经办理终结的信访事项，仍以同一事实和理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。\"\n  - type: paragraph\n    text: \"特此告知。\"\n  - type: signature\n    org: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")), depth0)) != null ? stack1 : "")
    + "\"\n    date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"terminated_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":29,"column":11},"end":{"line":29,"column":38}}})) != null ? stack1 : "")
    + "\"\n    seal: 42\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"title")),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":22,"column":85},"end":{"line":22,"column":112}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "信访事项";
},"3":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"note") : stack1),{"name":"clause","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":215},"end":{"line":22,"column":233}}})) != null ? stack1 : "")
    + "）";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"termination") : stack1),{"name":"with","hash":{},"fn":container.program(0, data, 1, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":2,"column":0},"end":{"line":31,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useBlockParams":true}
