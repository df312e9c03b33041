// sha256 7de702a6224618314c961d12f68ba6db91e83cb33384d793765026d12a8f90ef
{"0":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"case_no")), depth0)) != null ? stack1 : "")
    + "/proxy_authorization\"\n  date: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"signed_date") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  title: \"信访事项代理授权委托书\"\n  subject: \"授权委托书 "
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"authorization_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: heading\n    text: \"信访事项代理授权委托书\"\n  - type: paragraph\n    text: \"编号："
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"authorization_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n    align: right\n    size: 14\n  - type: table\n    columns: [30, 48, 26, 52]\n    size: 12\n    rows:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"petitioners")),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":20,"column":0},"end":{"line":34,"column":9}}})) != null ? stack1 : "")
    + "      - cells:\n          - { text: \"受托人（信访代理员）\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"agent"))) && lookupProperty(stack1,"agent_name")), depth0)) != null ? stack1 : "")
    + "\" }\n          - { text: \"代理点\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"agent"))) && lookupProperty(stack1,"agent_post")), depth0)) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"身份证件\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"ID_DOC_TYPE",((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"agent"))) && lookupProperty(stack1,"agent_id_doc_type")),{"name":"label","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":42,"column":21},"end":{"line":42,"column":74}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"agent"))) && lookupProperty(stack1,"agent_id_doc_no")), depth0)) != null ? stack1 : "")
    + "\" }\n          - { text: \"聘书编号\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"agent"))) && lookupProperty(stack1,"appointment_cert_no")), depth0)) != null ? stack1 : "")
    + "\" }\n  - type: spacer\n    lines: 0.5\n  - type: paragraph\n    text: \"现委托上列受托人代为办理下列信访事项：\"\n  - type: paragraph\n    text: \"一、代理事项："
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"proxy_matter") : stack1),{"name":"clause","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":50,"column":18},"end":{"line":50,"column":44}}})) != null ? stack1 : "")
    + "。\"\n  - type: paragraph\n    text: \"二、代理权限："
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"proxy_powers") : stack1),{"name":"each","hash":{},"fn":container.program(2, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":52,"column":18},"end":{"line":52,"column":124}}})) != null ? stack1 : "")
    + "代为撤回（须特别授权）："
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"includes")||(depth0 && lookupProperty(depth0,"includes"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"proxy_powers") : stack1),"withdraw",{"name":"includes","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":52,"column":142},"end":{"line":52,"column":179}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams),"inverse":container.program(5, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":52,"column":136},"end":{"line":52,"column":198}}})) != null ? stack1 : "")
    + "。\"\n  - type: paragraph\n    text: \"三、代理期限：自"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"proxy_term_from") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":54,"column":19},"end":{"line":54,"column":46}}})) != null ? stack1 : "")
    + "起至"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"proxy_term_to") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0, blockParams),"inverse":container.program(7, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":54,"column":48},"end":{"line":54,"column":122}}})) != null ? stack1 : "")
    + "止。\"\n  - type: paragraph\n    text: \"四、委托人承诺：在委托代理期间，不再就同一事项另行信访（上访）。\"\n  - type: paragraph\n    text: \"五、跟访人员"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"limits"))) && lookupProperty(stack1,"max_accompanying_persons")),{"name":"if","hash":{},"fn":container.program(8, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":58,"column":17},"end":{"line":58,"column":116}}})) != null ? stack1 : "")
    + "："
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"accompanying_persons") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams),"inverse":container.program(5, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":58,"column":117},"end":{"line":58,"column":280}}})) != null ? stack1 : "")
    + "。\"\n  - type: paragraph\n    text: \"六、本代理为公益、无偿代理，受托人不得以任何名义收取费用。\"\n  - type: paragraph\n    text: \"附："
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"attachments") : stack1),{"name":"if","hash":{},"fn":container.program(13, data, 0, blockParams),"inverse":container.program(14, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":62,"column":13},"end":{"line":62,"column":91}}})) != null ? stack1 : "")
    + "。\"\n  - type: spacer\n  - type: signers\n    items:\n      - { label: \"委托人（签名或盖章）：\", date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"signed_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":66,"column":39},"end":{"line":66,"column":62}}})) != null ? stack1 : "")
    + "\" }\n      - { label: \"受托人（签名）：\", date: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"agent_signed_date") : stack1),{"name":"if","hash":{},"fn":container.program(15, data, 0, blockParams),"inverse":container.program(16, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":67,"column":36},"end":{"line":67,"column":119}}})) != null ? stack1 : "")
    + "\" }\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - cells:\n          - { text: \"委托人\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":23,"column":21},"end":{"line":23,"column":29}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \"性别/出生年月\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"GENDER",(depth0 != null ? lookupProperty(depth0,"gender") : depth0),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":25,"column":21},"end":{"line":25,"column":46}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"month")||(depth0 && lookupProperty(depth0,"month"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"birth_month") : depth0),{"name":"month","hash":{},"data":data,"loc":{"start":{"line":25,"column":47},"end":{"line":25,"column":68}}})) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"身份证件\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"ID_DOC_TYPE",(depth0 != null ? lookupProperty(depth0,"id_doc_type") : depth0),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":28,"column":21},"end":{"line":28,"column":56}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"id_doc_no") || (depth0 != null ? lookupProperty(depth0,"id_doc_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"id_doc_no","hash":{},"data":data,"loc":{"start":{"line":28,"column":57},"end":{"line":28,"column":70}}}) : helper))) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"住址\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"address") || (depth0 != null ? lookupProperty(depth0,"address") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"address","hash":{},"data":data,"loc":{"start":{"line":31,"column":21},"end":{"line":31,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \"电话\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"phone") || (depth0 != null ? lookupProperty(depth0,"phone") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":33,"column":21},"end":{"line":33,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\" }\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,"withdraw",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":52,"column":53},"end":{"line":52,"column":73}}}),{"name":"unless","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":43},"end":{"line":52,"column":115}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"PROXY_POWER",depth0,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":52,"column":75},"end":{"line":52,"column":103}}})) != null ? stack1 : "")
    + "；";
},"4":function(container,depth0,helpers,partials,data) {
    return "有";
},"5":function(container,depth0,helpers,partials,data) {
    return "无";
},"6":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"proxy_term_to") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":54,"column":72},"end":{"line":54,"column":97}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "本信访事项办理终结时";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（不超过"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"limits"))) && lookupProperty(stack1,"max_accompanying_persons")), depth0)) != null ? stack1 : "")
    + "人）";
},"9":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"accompanying_persons") : stack1),{"name":"each","hash":{},"fn":container.program(10, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":58,"column":148},"end":{"line":58,"column":264}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":58,"column":181},"end":{"line":58,"column":189}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"relation") : depth0),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":189},"end":{"line":58,"column":226}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"last")),{"name":"unless","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":226},"end":{"line":58,"column":255}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"relation") || (depth0 != null ? lookupProperty(depth0,"relation") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"relation","hash":{},"data":data,"loc":{"start":{"line":58,"column":206},"end":{"line":58,"column":218}}}) : helper))) != null ? stack1 : "")
    + "）";
},"12":function(container,depth0,helpers,partials,data) {
    return "、";
},"13":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"attachments") : stack1),"；",{"name":"join","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":62,"column":35},"end":{"line":62,"column":62}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    return "委托人、受托人身份证明复印件";
},"15":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"agent_signed_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":67,"column":64},"end":{"line":67,"column":93}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    return "年    月    日";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"authorization") : stack1),{"name":"with","hash":{},"fn":container.program(0, data, 1, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":2,"column":0},"end":{"line":68,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useBlockParams":true}
