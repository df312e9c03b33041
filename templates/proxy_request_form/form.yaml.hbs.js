// sha256 f45fd7f7e0ce2bfe79d094fe6e8065fc9d15c6c24855ed69c704f49f1fbe731f
{"0":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"case_no")), depth0)) != null ? stack1 : "")
    + "/proxy_request_form\"\n  date: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"request_date") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  title: \"信访代理委托单\"\n  subject: \"委托单 "
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"request_form_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: heading\n    text: \"信访代理委托单\"\n  - type: paragraph\n    text: \"编号："
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"request_form_no") : stack1), depth0)) != null ? stack1 : "")
    + "    委托日期："
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"request_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":13,"column":45},"end":{"line":13,"column":69}}})) != null ? stack1 : "")
    + "\"\n    align: right\n    size: 12\n  - type: table\n    columns: [30, 48, 26, 52]\n    rows:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"petitioners")),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":19,"column":0},"end":{"line":28,"column":9}}})) != null ? stack1 : "")
    + "      - cells:\n          - { text: \"人数/代表\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"petitioner_count")),(lookupProperty(helpers,"len")||(depth0 && lookupProperty(depth0,"len"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"petitioners")),{"name":"len","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":31,"column":59},"end":{"line":31,"column":87}}}),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":31,"column":21},"end":{"line":31,"column":89}}})) != null ? stack1 : "")
    + "人"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"representatives")),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":31,"column":90},"end":{"line":31,"column":181}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"反映事项\", header: true }\n          - { text: \"诉求："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"request_text")), depth0)) != null ? stack1 : "")
    + "\\n事实："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"facts_text")), depth0)) != null ? stack1 : "")
    + "\\n理由："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"reasons_text")), depth0)) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"被反映单位/人员\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"confidential")),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams),"inverse":container.program(4, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":37,"column":21},"end":{"line":37,"column":108}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"已信访情况\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"prior_petitions") : stack1),{"name":"each","hash":{},"fn":container.program(5, data, 0, blockParams),"inverse":container.program(8, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":40,"column":21},"end":{"line":40,"column":162}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"法定途径\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"LEGAL_ROUTE_FLAG",((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"legal_route_flag") : stack1),{"name":"label","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":43,"column":21},"end":{"line":43,"column":69}}})) != null ? stack1 : "")
    + "\" }\n          - { text: \"人大/法院/检察院职权\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"other_branch_flag") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams),"inverse":container.program(10, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":45,"column":21},"end":{"line":45,"column":66}}})) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"检举控告公职人员\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"accusation_flag") : stack1),{"name":"if","hash":{},"fn":container.program(11, data, 0, blockParams),"inverse":container.program(10, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":48,"column":21},"end":{"line":48,"column":75}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"代理员初步意见\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"SCREENING_DECISION",((stack1 = ((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"agent_screening_opinion") : stack1)) != null ? lookupProperty(stack1,"decision") : stack1),{"name":"label","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":51,"column":21},"end":{"line":51,"column":87}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"agent_screening_opinion") : stack1)) != null ? lookupProperty(stack1,"reason") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":51,"column":87},"end":{"line":51,"column":173}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"随附材料\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"materials") : stack1),{"name":"if","hash":{},"fn":container.program(13, data, 0, blockParams),"inverse":container.program(8, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":54,"column":21},"end":{"line":54,"column":82}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"信访代理员\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"agent"))) && lookupProperty(stack1,"agent_name")), depth0)) != null ? stack1 : "")
    + "（"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"agent"))) && lookupProperty(stack1,"agent_post")), depth0)) != null ? stack1 : "")
    + "）\" }\n          - { text: \"授权委托书编号\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"authorization"))) && lookupProperty(stack1,"authorization_no")), depth0)) != null ? stack1 : "")
    + "\" }\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"refusal_record") : stack1),{"name":"if","hash":{},"fn":container.program(14, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":60,"column":0},"end":{"line":64,"column":7}}})) != null ? stack1 : "")
    + "  - type: spacer\n  - type: signers\n    items:\n      - { label: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"refusal_record") : stack1),{"name":"if","hash":{},"fn":container.program(15, data, 0, blockParams),"inverse":container.program(16, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":68,"column":18},"end":{"line":68,"column":74}}})) != null ? stack1 : "")
    + "\", date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"request_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":68,"column":84},"end":{"line":68,"column":108}}})) != null ? stack1 : "")
    + "\" }\n      - { label: \"信访代理员（签名）：\", date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"request_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":69,"column":38},"end":{"line":69,"column":62}}})) != null ? stack1 : "")
    + "\" }\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - cells:\n          - { text: \"信访人\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":22,"column":21},"end":{"line":22,"column":29}}}) : helper))) != null ? stack1 : "")
    + "（"
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"GENDER",(depth0 != null ? lookupProperty(depth0,"gender") : depth0),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":22,"column":30},"end":{"line":22,"column":55}}})) != null ? stack1 : "")
    + "）\" }\n          - { text: \"联系电话\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"phone") || (depth0 != null ? lookupProperty(depth0,"phone") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":24,"column":21},"end":{"line":24,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"住址\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"address") || (depth0 != null ? lookupProperty(depth0,"address") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"address","hash":{},"data":data,"loc":{"start":{"line":27,"column":21},"end":{"line":27,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\", span: 3 }\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "；代表："
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"representatives")),"、","name",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":31,"column":128},"end":{"line":31,"column":174}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return "（保密）";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"respondent")),"无",{"name":"default","hash":{},"data":data,"loc":{"start":{"line":37,"column":64},"end":{"line":37,"column":101}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"date") : depth0),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":40,"column":49},"end":{"line":40,"column":62}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"org") || (depth0 != null ? lookupProperty(depth0,"org") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"org","hash":{},"data":data,"loc":{"start":{"line":40,"column":63},"end":{"line":40,"column":70}}}) : helper))) != null ? stack1 : "")
    + "："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"status","hash":{},"data":data,"loc":{"start":{"line":40,"column":71},"end":{"line":40,"column":81}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"doc_no") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":81},"end":{"line":40,"column":114}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"last")),{"name":"unless","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":114},"end":{"line":40,"column":144}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"doc_no") || (depth0 != null ? lookupProperty(depth0,"doc_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"doc_no","hash":{},"data":data,"loc":{"start":{"line":40,"column":96},"end":{"line":40,"column":106}}}) : helper))) != null ? stack1 : "")
    + "）";
},"7":function(container,depth0,helpers,partials,data) {
    return "\\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "无";
},"9":function(container,depth0,helpers,partials,data) {
    return "是";
},"10":function(container,depth0,helpers,partials,data) {
    return "否";
},"11":function(container,depth0,helpers,partials,data) {
    return "是（引导至纪检监察机关）";
},"12":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"agent_screening_opinion") : stack1)) != null ? lookupProperty(stack1,"reason") : stack1), depth0)) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"materials") : stack1),"；",{"name":"join","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":54,"column":41},"end":{"line":54,"column":66}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - cells:\n          - { text: \"拒签记录\", header: true }\n          - { text: \"信访人委托代理但拒绝签名。时间："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"refusal_record") : stack1)) != null ? lookupProperty(stack1,"time") : stack1), depth0)) != null ? stack1 : "")
    + "；地点："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"refusal_record") : stack1)) != null ? lookupProperty(stack1,"place") : stack1), depth0)) != null ? stack1 : "")
    + "；情况："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"refusal_record") : stack1)) != null ? lookupProperty(stack1,"circumstances") : stack1), depth0)) != null ? stack1 : "")
    + "；见证人："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"refusal_record") : stack1)) != null ? lookupProperty(stack1,"witness_name") : stack1), depth0)) != null ? stack1 : "")
    + "。\", span: 3 }\n";
},"15":function(container,depth0,helpers,partials,data) {
    return "见证人（签名）：";
},"16":function(container,depth0,helpers,partials,data) {
    return "信访人（签名）：";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"proxy_request") : stack1),{"name":"with","hash":{},"fn":container.program(0, data, 1, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":2,"column":0},"end":{"line":70,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useBlockParams":true}
