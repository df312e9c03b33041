// sha256 5858a02a0e3fb98a773e59ad60d3588714ee5cac1349a0b60fe95bff7cb8c723
{"0":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: letter\npage_numbers: true\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"case_no")), depth0)) != null ? stack1 : "")
    + "/hearing_notice\"\n  date: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"notice_date") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  title: \"信访事项听证通知书\"\n  author: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")), depth0)) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"notice_doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n    align: right\n  - type: spacer\n  - type: heading\n    text: \"信访事项听证通知书\"\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"petitioner_name")), depth0)) != null ? stack1 : "")
    + "：\"\n    align: left\n    indent: 0\n  - type: paragraph\n    text: \"对"
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "提出的"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"title")),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams),"inverse":container.program(2, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":22,"column":28},"end":{"line":22,"column":98}}})) != null ? stack1 : "")
    + "，本机关决定举行听证，现将有关事项通知如下：\"\n  - type: paragraph\n    text: \"一、听证时间："
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"hearing_datetime") : stack1), depth0)) != null ? stack1 : "")
    + "。\"\n  - type: paragraph\n    text: \"二、听证地点："
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"place") : stack1), depth0)) != null ? stack1 : "")
    + "。\"\n  - type: paragraph\n    text: \"三、听证程序："
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"procedure_kind") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams),"inverse":container.program(4, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":28,"column":18},"end":{"line":28,"column":104}}})) != null ? stack1 : "")
    + "；"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"public") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams),"inverse":container.program(6, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":28,"column":105},"end":{"line":28,"column":211}}})) != null ? stack1 : "")
    + "。\"\n  - type: paragraph\n    text: \"四、听证主持人："
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"chair") : stack1), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"hearing_officers") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":30,"column":30},"end":{"line":30,"column":99}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"recorder") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":30,"column":99},"end":{"line":30,"column":143}}})) != null ? stack1 : "")
    + "。\"\n  - type: paragraph\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"rights_text") : stack1),{"name":"if","hash":{},"fn":container.program(10, data, 0, blockParams),"inverse":container.program(11, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":32,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"bring_materials") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":37,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "")
    + "  - type: paragraph\n    text: \"请准时参加。无正当理由不参加听证的，视为放弃听证。\"\n  - type: paragraph\n    text: \"特此通知。\"\n  - type: signature\n    org: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")), depth0)) != null ? stack1 : "")
    + "\"\n    date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"notice_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":47,"column":11},"end":{"line":47,"column":33}}})) != null ? stack1 : "")
    + "\"\n    seal: 42\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"title")),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":22,"column":52},"end":{"line":22,"column":79}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "信访事项";
},"3":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"PROCEDURE_KIND",((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"procedure_kind") : stack1),{"name":"label","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":28,"column":42},"end":{"line":28,"column":85}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "普通程序";
},"5":function(container,depth0,helpers,partials,data) {
    return "公开举行";
},"6":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "不公开举行"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"non_public_reason") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":28,"column":138},"end":{"line":28,"column":204}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[2][0]) != null ? lookupProperty(stack1,"non_public_reason") : stack1),{"name":"clause","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":28,"column":166},"end":{"line":28,"column":196}}})) != null ? stack1 : "")
    + "）";
},"8":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "；听证员："
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"hearing_officers") : stack1),"、",{"name":"join","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":30,"column":61},"end":{"line":30,"column":92}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "；记录员："
    + ((stack1 = container.lambda(((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"recorder") : stack1), depth0)) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    text: \"五、"
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"rights_text") : stack1),{"name":"clause","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":33,"column":13},"end":{"line":33,"column":37}}})) != null ? stack1 : "")
    + "。\"\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    text: \"五、"
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "享有申请回避、陈述、申辩、提交证据和委托代理人参加听证的权利。如申请主持人、听证员回避，应在听证开始前提出并说明理由。\"\n";
},"12":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \"六、请携带以下材料："
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"bring_materials") : stack1),"；",{"name":"join","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":39,"column":21},"end":{"line":39,"column":51}}})) != null ? stack1 : "")
    + "。\"\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"hearings") : stack1)) != null ? lookupProperty(stack1,"0") : stack1),{"name":"with","hash":{},"fn":container.program(0, data, 1, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":2,"column":0},"end":{"line":49,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useBlockParams":true}
