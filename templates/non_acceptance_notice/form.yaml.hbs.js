// sha256 10d7f117b3b76b885b41425fabf9e4d67ef7501c26eecb2a07a6132f42ac23fe
{"0":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: letter\npage_numbers: true\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"case_no")), depth0)) != null ? stack1 : "")
    + "/non_acceptance_notice\"\n  date: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"issue_date") : stack1),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"decided_date") : stack1),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":7,"column":9},"end":{"line":7,"column":50}}})) != null ? stack1 : "")
    + "\"\n  title: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"non_acceptance")),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams),"inverse":container.program(2, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":8,"column":10},"end":{"line":8,"column":161}}})) != null ? stack1 : "")
    + "\"\n  author: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")), depth0)) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n    align: right\n  - type: spacer\n  - type: heading\n    text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"non_acceptance")),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams),"inverse":container.program(2, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":16,"column":11},"end":{"line":16,"column":162}}})) != null ? stack1 : "")
    + "\"\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"petitioner_name")), depth0)) != null ? stack1 : "")
    + "：\"\n    align: left\n    indent: 0\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "于"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"non_acceptance")),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams),"inverse":container.program(8, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":25},"end":{"line":22,"column":426}}})) != null ? stack1 : "")
    + "，经审查，"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"ground_text") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams),"inverse":container.program(10, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":431},"end":{"line":22,"column":579}}})) != null ? stack1 : "")
    + "。"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"legal_basis") : stack1),{"name":"if","hash":{},"fn":container.program(13, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":580},"end":{"line":22,"column":639}}})) != null ? stack1 : "")
    + "本机关决定不予受理。"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"redirect_org") : stack1),{"name":"if","hash":{},"fn":container.program(14, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":649},"end":{"line":22,"column":795}}})) != null ? stack1 : "")
    + "\"\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"appeal_text") : stack1),{"name":"if","hash":{},"fn":container.program(16, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":23,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + "  - type: paragraph\n    text: \"特此告知。\"\n  - type: signature\n    org: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")), depth0)) != null ? stack1 : "")
    + "\"\n    date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"issue_date") : stack1),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"decided_date") : stack1),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":31,"column":18},"end":{"line":31,"column":57}}}),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":31,"column":11},"end":{"line":31,"column":59}}})) != null ? stack1 : "")
    + "\"\n    seal: 42\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "信访事项不予受理告知书";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "信访事项"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"rereview"))) && lookupProperty(stack1,"non_acceptance")),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":8,"column":75},"end":{"line":8,"column":145}}})) != null ? stack1 : "")
    + "申请不予受理通知书";
},"3":function(container,depth0,helpers,partials,data) {
    return "复核";
},"4":function(container,depth0,helpers,partials,data) {
    return "复查";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"received_date")),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":22,"column":67},"end":{"line":22,"column":100}}})) != null ? stack1 : "")
    + "提出的"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"title")),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":22,"column":103},"end":{"line":22,"column":210}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"title")),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":22,"column":127},"end":{"line":22,"column":154}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "关于"
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"request_text")),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":22,"column":164},"end":{"line":22,"column":198}}})) != null ? stack1 : "")
    + "的信访事项";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"rereview"))) && lookupProperty(stack1,"application_received_date")),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"review"))) && lookupProperty(stack1,"application_received_date")),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":22,"column":225},"end":{"line":22,"column":342}}}),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":22,"column":218},"end":{"line":22,"column":344}}})) != null ? stack1 : "")
    + "提出的"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"rereview"))) && lookupProperty(stack1,"non_acceptance")),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":22,"column":347},"end":{"line":22,"column":417}}})) != null ? stack1 : "")
    + "申请";
},"9":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"ground_text") : stack1),{"name":"clause","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":453},"end":{"line":22,"column":478}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"ground_codes") : stack1),{"name":"each","hash":{},"fn":container.program(11, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":486},"end":{"line":22,"column":572}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"GROUND",depth0,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":22,"column":511},"end":{"line":22,"column":534}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"last")),{"name":"unless","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":534},"end":{"line":22,"column":563}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    return "；";
},"13":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "根据"
    + ((stack1 = (lookupProperty(helpers,"basis")||(depth0 && lookupProperty(depth0,"basis"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"legal_basis") : stack1),{"name":"basis","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":604},"end":{"line":22,"column":628}}})) != null ? stack1 : "")
    + "的规定，";
},"14":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "请依照有关法律、法规规定的程序向"
    + ((stack1 = container.lambda(((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"redirect_org") : stack1), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"redirect_route") : stack1),{"name":"if","hash":{},"fn":container.program(15, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":707},"end":{"line":22,"column":785}}})) != null ? stack1 : "")
    + "提出。";
},"15":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"REDIRECT_ROUTE",((stack1 = blockParams[2][0]) != null ? lookupProperty(stack1,"redirect_route") : stack1),{"name":"label","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":733},"end":{"line":22,"column":777}}})) != null ? stack1 : "")
    + "）";
},"16":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \"如对本不予受理决定不服，"
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"appeal_text") : stack1),{"name":"clause","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":25,"column":23},"end":{"line":25,"column":48}}})) != null ? stack1 : "")
    + "。\"\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"non_acceptance") : stack1),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"review") : stack1)) != null ? lookupProperty(stack1,"non_acceptance") : stack1),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"rereview") : stack1)) != null ? lookupProperty(stack1,"non_acceptance") : stack1),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":2,"column":8},"end":{"line":2,"column":120}}}),{"name":"with","hash":{},"fn":container.program(0, data, 1, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":2,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useBlockParams":true}
