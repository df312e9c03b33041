// sha256 4ef269dbee8b30bc204b25aed1348e39ea456e280c5635fad8967139a1709837
{"0":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\npage_numbers: true\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"case_no")), depth0)) != null ? stack1 : "")
    + "/hearing_minutes\"\n  date: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"concluded_date") : stack1),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"decided_date") : stack1),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":52}}})) != null ? stack1 : "")
    + "\"\n  title: \"听证笔录\"\nblocks:\n  - type: heading\n    text: \"听证笔录\"\n  - type: table\n    columns: [30, 48, 28, 50]\n    rows:\n      - cells:\n          - { text: \"案由\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"title")),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"request_text")),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":16,"column":21},"end":{"line":16,"column":73}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"信访件编号\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"case_no")), depth0)) != null ? stack1 : "")
    + "\" }\n          - { text: \"听证机关\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")), depth0)) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"阶段/程序\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"HEARING_STAGE",((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"stage") : stack1),{"name":"label","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":24,"column":21},"end":{"line":24,"column":54}}})) != null ? stack1 : "")
    + "阶段；"
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"PROCEDURE_KIND",((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"procedure_kind") : stack1),{"name":"label","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":24,"column":57},"end":{"line":24,"column":100}}})) != null ? stack1 : "")
    + "\" }\n          - { text: \"公开与否\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"public") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams),"inverse":container.program(2, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":26,"column":21},"end":{"line":26,"column":116}}})) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"时间\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"started_at") : stack1), depth0)) != null ? stack1 : "")
    + "至"
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"ended_at") : stack1), depth0)) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"地点\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"place") : stack1), depth0)) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"主持人\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"chair") : stack1), depth0)) != null ? stack1 : "")
    + "\" }\n          - { text: \"记录员\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"recorder") : stack1), depth0)) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"听证员\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"hearing_officers") : stack1),"、",{"name":"join","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":40,"column":21},"end":{"line":40,"column":52}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"到场参加人\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"attendees") : stack1),{"name":"each","hash":{},"fn":container.program(4, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":43,"column":21},"end":{"line":43,"column":173}}})) != null ? stack1 : "")
    + "\", span: 3 }\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"absentees") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":44,"column":0},"end":{"line":48,"column":7}}})) != null ? stack1 : "")
    + "  - type: heading\n    level: 2\n    text: \"一、宣布纪律、告知权利、询问回避\"\n  - type: paragraph\n    text: \"主持人"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"discipline_announced") : stack1),{"name":"if","hash":{},"fn":container.program(11, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":53,"column":14},"end":{"line":53,"column":59}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"rights_notified") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":53,"column":59},"end":{"line":53,"column":104}}})) != null ? stack1 : "")
    + "询问是否申请回避。"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"recusal_requests") : stack1),{"name":"if","hash":{},"fn":container.program(13, data, 0, blockParams),"inverse":container.program(14, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":53,"column":113},"end":{"line":53,"column":203}}})) != null ? stack1 : "")
    + "\"\n  - type: heading\n    level: 2\n    text: \"二、信访人陈述\"\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"petitioner_statement") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  - type: heading\n    level: 2\n    text: \"三、承办单位陈述\"\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"org_statement") : stack1), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"org_evidence") : stack1),{"name":"if","hash":{},"fn":container.program(15, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":63,"column":30},"end":{"line":63,"column":92}}})) != null ? stack1 : "")
    + "\"\n  - type: heading\n    level: 2\n    text: \"四、质证、质询\"\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"cross_examination") : stack1),{"name":"each","hash":{},"fn":container.program(16, data, 0, blockParams),"inverse":container.program(17, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":67,"column":0},"end":{"line":75,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"debate") : stack1),{"name":"if","hash":{},"fn":container.program(18, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":76,"column":0},"end":{"line":82,"column":7}}})) != null ? stack1 : "")
    + "  - type: heading\n    level: 2\n    text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"debate") : stack1),{"name":"if","hash":{},"fn":container.program(19, data, 0, blockParams),"inverse":container.program(20, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":85,"column":11},"end":{"line":85,"column":44}}})) != null ? stack1 : "")
    + "、最后陈述与听证员意见\"\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"final_statements") : stack1),{"name":"each","hash":{},"fn":container.program(21, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":86,"column":0},"end":{"line":89,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"officer_opinions") : stack1),{"name":"each","hash":{},"fn":container.program(21, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":90,"column":0},"end":{"line":93,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"deliberation_summary") : stack1),{"name":"if","hash":{},"fn":container.program(22, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":94,"column":0},"end":{"line":97,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"conclusion") : stack1),{"name":"if","hash":{},"fn":container.program(23, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":98,"column":0},"end":{"line":101,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"postponement") : stack1),{"name":"if","hash":{},"fn":container.program(24, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":102,"column":0},"end":{"line":105,"column":7}}})) != null ? stack1 : "")
    + "  - type: paragraph\n    text: \"以上笔录经参加人阅看（或向其宣读），确认无误后逐页签名。拒绝签名的，记录员注明情况。\"\n    size: 12\n  - type: signers\n    items:\n      - { label: \"主持人：\" }\n      - { label: \"听证员：\" }\n      - { label: \"记录员：\" }\n  - type: signers\n    items:\n      - { label: \"信访人/代理人：\" }\n      - { label: \"承办单位代表：\" }\n      - { label: \"其他参加人：\" }\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "公开";
},"2":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "不公开"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"non_public_reason") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":26,"column":50},"end":{"line":26,"column":109}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = container.lambda(((stack1 = blockParams[2][0]) != null ? lookupProperty(stack1,"non_public_reason") : stack1), depth0)) != null ? stack1 : "")
    + "）";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"HEARING_ROLE",(depth0 != null ? lookupProperty(depth0,"role") : depth0),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":43,"column":42},"end":{"line":43,"column":71}}})) != null ? stack1 : "")
    + "："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":43,"column":72},"end":{"line":43,"column":80}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"org") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":80},"end":{"line":43,"column":134}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"last")),{"name":"unless","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":134},"end":{"line":43,"column":164}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"org") || (depth0 != null ? lookupProperty(depth0,"org") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"org","hash":{},"data":data,"loc":{"start":{"line":43,"column":92},"end":{"line":43,"column":99}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"post") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":99},"end":{"line":43,"column":126}}})) != null ? stack1 : "")
    + "）";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"post") || (depth0 != null ? lookupProperty(depth0,"post") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"post","hash":{},"data":data,"loc":{"start":{"line":43,"column":111},"end":{"line":43,"column":119}}}) : helper))) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "\\n";
},"8":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - cells:\n          - { text: \"缺席情况\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"absentees") : stack1),{"name":"each","hash":{},"fn":container.program(9, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":47,"column":21},"end":{"line":47,"column":130}}})) != null ? stack1 : "")
    + "\", span: 3 }\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":47,"column":42},"end":{"line":47,"column":50}}}) : helper))) != null ? stack1 : "")
    + "（"
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"HEARING_ROLE",(depth0 != null ? lookupProperty(depth0,"role") : depth0),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":47,"column":51},"end":{"line":47,"column":80}}})) != null ? stack1 : "")
    + "）："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"reason") || (depth0 != null ? lookupProperty(depth0,"reason") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reason","hash":{},"data":data,"loc":{"start":{"line":47,"column":82},"end":{"line":47,"column":92}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"last")),{"name":"unless","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":92},"end":{"line":47,"column":121}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    return "；";
},"11":function(container,depth0,helpers,partials,data) {
    return "宣布了听证纪律，";
},"12":function(container,depth0,helpers,partials,data) {
    return "告知了参加人的权利和义务，";
},"13":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "回避申请："
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"recusal_requests") : stack1),"；",{"name":"join","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":53,"column":144},"end":{"line":53,"column":175}}})) != null ? stack1 : "")
    + "。";
},"14":function(container,depth0,helpers,partials,data) {
    return "参加人均表示不申请回避。";
},"15":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "出示证据："
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"org_evidence") : stack1),"；",{"name":"join","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":63,"column":57},"end":{"line":63,"column":84}}})) != null ? stack1 : "")
    + "。";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \"问（"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"q_by") || (depth0 != null ? lookupProperty(depth0,"q_by") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"q_by","hash":{},"data":data,"loc":{"start":{"line":69,"column":13},"end":{"line":69,"column":21}}}) : helper))) != null ? stack1 : "")
    + "→"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"to") || (depth0 != null ? lookupProperty(depth0,"to") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"to","hash":{},"data":data,"loc":{"start":{"line":69,"column":22},"end":{"line":69,"column":28}}}) : helper))) != null ? stack1 : "")
    + "）："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"q") || (depth0 != null ? lookupProperty(depth0,"q") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"q","hash":{},"data":data,"loc":{"start":{"line":69,"column":30},"end":{"line":69,"column":35}}}) : helper))) != null ? stack1 : "")
    + "\"\n  - type: paragraph\n    text: \"答（"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"to") || (depth0 != null ? lookupProperty(depth0,"to") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"to","hash":{},"data":data,"loc":{"start":{"line":71,"column":13},"end":{"line":71,"column":19}}}) : helper))) != null ? stack1 : "")
    + "）："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"a") || (depth0 != null ? lookupProperty(depth0,"a") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"a","hash":{},"data":data,"loc":{"start":{"line":71,"column":21},"end":{"line":71,"column":26}}}) : helper))) != null ? stack1 : "")
    + "\"\n";
},"17":function(container,depth0,helpers,partials,data) {
    return "  - type: paragraph\n    text: \"无。\"\n";
},"18":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: heading\n    level: 2\n    text: \"五、辩论\"\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"debate") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n";
},"19":function(container,depth0,helpers,partials,data) {
    return "六";
},"20":function(container,depth0,helpers,partials,data) {
    return "五";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\"\n";
},"22":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \"合议情况："
    + ((stack1 = container.lambda(((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"deliberation_summary") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n";
},"23":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \"听证结论："
    + ((stack1 = container.lambda(((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"conclusion") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n";
},"24":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \"延期/中止情况："
    + ((stack1 = container.lambda(((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"postponement") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"hearings") : stack1)) != null ? lookupProperty(stack1,"0") : stack1),{"name":"with","hash":{},"fn":container.program(0, data, 1, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":1,"column":0},"end":{"line":119,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useBlockParams":true}
