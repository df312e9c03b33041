// sha256 5f82c77825e5a22437430e04f2159a851fdf79b75eb10a9aa47cbe5fb8ca480c
{"0":function(container,depth0,helpers,partials,data) {
    return "来访接谈记录";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"channel") : stack1),"phone",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":6,"column":63},"end":{"line":6,"column":88}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":6,"column":57},"end":{"line":6,"column":170}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "来电记录";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"channel") : stack1),"letter",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":6,"column":108},"end":{"line":6,"column":134}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":6,"column":102},"end":{"line":6,"column":163}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "来信登记表";
},"5":function(container,depth0,helpers,partials,data) {
    return "信访事项登记表";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    系统编号："
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"system_ref_no") : stack1), depth0)) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "（代理提出）";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - cells:\n          - { text: \"信访人\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":30,"column":21},"end":{"line":30,"column":29}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"gender") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":29},"end":{"line":30,"column":77}}})) != null ? stack1 : "")
    + "\" }\n          - { text: \"联系电话\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"phone") || (depth0 != null ? lookupProperty(depth0,"phone") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":32,"column":21},"end":{"line":32,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"证件\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"id_doc_no") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":21},"end":{"line":35,"column":94}}})) != null ? stack1 : "")
    + "\" }\n          - { text: \"工作单位\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"work_unit") || (depth0 != null ? lookupProperty(depth0,"work_unit") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"work_unit","hash":{},"data":data,"loc":{"start":{"line":37,"column":21},"end":{"line":37,"column":34}}}) : helper))) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"通信地址\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"address") || (depth0 != null ? lookupProperty(depth0,"address") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"address","hash":{},"data":data,"loc":{"start":{"line":40,"column":21},"end":{"line":40,"column":32}}}) : helper))) != null ? stack1 : "")
    + "\", span: 3 }\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"GENDER",(depth0 != null ? lookupProperty(depth0,"gender") : depth0),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":30,"column":44},"end":{"line":30,"column":69}}})) != null ? stack1 : "")
    + "）";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"ID_DOC_TYPE",(depth0 != null ? lookupProperty(depth0,"id_doc_type") : depth0),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":35,"column":38},"end":{"line":35,"column":73}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"id_doc_no") || (depth0 != null ? lookupProperty(depth0,"id_doc_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"id_doc_no","hash":{},"data":data,"loc":{"start":{"line":35,"column":74},"end":{"line":35,"column":87}}}) : helper))) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - cells:\n          - { text: \"委托代理人\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"agent_name") || (depth0 != null ? lookupProperty(depth0,"agent_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"agent_name","hash":{},"data":data,"loc":{"start":{"line":45,"column":21},"end":{"line":45,"column":35}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"agent_post") : depth0),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":35},"end":{"line":45,"column":76}}})) != null ? stack1 : "")
    + "\" }\n          - { text: \"联系电话\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"phone") || (depth0 != null ? lookupProperty(depth0,"phone") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":47,"column":21},"end":{"line":47,"column":30}}}) : helper))) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"代理人证件\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"agent_id_doc_no") : depth0),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":21},"end":{"line":50,"column":112}}})) != null ? stack1 : "")
    + "\", span: 3 }\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"agent_post") || (depth0 != null ? lookupProperty(depth0,"agent_post") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"agent_post","hash":{},"data":data,"loc":{"start":{"line":45,"column":54},"end":{"line":45,"column":68}}}) : helper))) != null ? stack1 : "")
    + "）";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"ID_DOC_TYPE",(depth0 != null ? lookupProperty(depth0,"agent_id_doc_type") : depth0),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":50,"column":44},"end":{"line":50,"column":85}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"agent_id_doc_no") || (depth0 != null ? lookupProperty(depth0,"agent_id_doc_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"agent_id_doc_no","hash":{},"data":data,"loc":{"start":{"line":50,"column":86},"end":{"line":50,"column":105}}}) : helper))) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - cells:\n          - { text: \"转送/交办机关\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"transfer_from_org") : stack1), depth0)) != null ? stack1 : "")
    + "\" }\n          - { text: \"本机关收到日期\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"org_received_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":62,"column":21},"end":{"line":62,"column":52}}})) != null ? stack1 : "")
    + "\" }\n";
},"15":function(container,depth0,helpers,partials,data) {
    return "（保密）";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"respondent") : stack1), depth0)) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    return "是";
},"18":function(container,depth0,helpers,partials,data) {
    return "否";
},"19":function(container,depth0,helpers,partials,data) {
    return "以上记录已向来访人宣读（或由来访人阅看），来访人确认无误后签名。";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      - { label: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"via_agent") : stack1),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":85,"column":18},"end":{"line":85,"column":73}}})) != null ? stack1 : "")
    + "\", date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"received_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":85,"column":83},"end":{"line":85,"column":110}}})) != null ? stack1 : "")
    + "\" }\n";
},"21":function(container,depth0,helpers,partials,data) {
    return "来访代理人（签名）：";
},"22":function(container,depth0,helpers,partials,data) {
    return "来访人（签名）：";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"case_no") : stack1), depth0)) != null ? stack1 : "")
    + "/intake_record\"\n  date: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"registered_date") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  title: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"channel") : stack1),"visit",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":6,"column":16},"end":{"line":6,"column":41}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":177}}})) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: heading\n    text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"channel") : stack1),"visit",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":9,"column":17},"end":{"line":9,"column":42}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":9,"column":11},"end":{"line":9,"column":178}}})) != null ? stack1 : "")
    + "\"\n  - type: paragraph\n    text: \"编号："
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"case_no") : stack1), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"system_ref_no") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":30},"end":{"line":11,"column":94}}})) != null ? stack1 : "")
    + "\"\n    align: right\n    size: 12\n  - type: table\n    columns: [28, 50, 28, 50]\n    rows:\n      - cells:\n          - { text: \"收到日期\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"received_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":19,"column":21},"end":{"line":19,"column":48}}})) != null ? stack1 : "")
    + "\" }\n          - { text: \"登记日期\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"registered_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":21,"column":21},"end":{"line":21,"column":50}}})) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"信访形式\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"CHANNEL",((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"channel") : stack1),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":24,"column":21},"end":{"line":24,"column":53}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"via_agent") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":53},"end":{"line":24,"column":88}}})) != null ? stack1 : "")
    + "\" }\n          - { text: \"事项类别\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"CATEGORY",((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"category") : stack1),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":26,"column":21},"end":{"line":26,"column":55}}})) != null ? stack1 : "")
    + "\" }\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"petitioners") : stack1),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":41,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"agents") : stack1),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":51,"column":9}}})) != null ? stack1 : "")
    + "      - cells:\n          - { text: \"人数\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"petitioner_count") : stack1),(lookupProperty(helpers,"len")||(depth0 && lookupProperty(depth0,"len"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"petitioners") : stack1),{"name":"len","hash":{},"data":data,"loc":{"start":{"line":54,"column":53},"end":{"line":54,"column":75}}}),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":54,"column":21},"end":{"line":54,"column":77}}})) != null ? stack1 : "")
    + "\" }\n          - { text: \"代表\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"representatives") : stack1),"、","name",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":56,"column":21},"end":{"line":56,"column":61}}})) != null ? stack1 : "")
    + "\" }\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"transfer_from_org") : stack1),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":63,"column":7}}})) != null ? stack1 : "")
    + "      - cells:\n          - { text: \"被反映对象\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"confidential") : stack1),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":66,"column":21},"end":{"line":66,"column":84}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - height: 18\n        cells:\n          - { text: \"请求\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"request_text") : stack1), depth0)) != null ? stack1 : "")
    + "\", span: 3 }\n      - height: 24\n        cells:\n          - { text: \"事实和理由\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"facts_text") : stack1), depth0)) != null ? stack1 : "")
    + "\\n"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"reasons_text") : stack1), depth0)) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"保密\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"confidential") : stack1),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":77,"column":21},"end":{"line":77,"column":63}}})) != null ? stack1 : "")
    + "\", span: 3 }\n  - type: paragraph\n    text: \"告知：信访人对其反映情况的真实性负责，不得捏造、歪曲事实，不得诬告、陷害他人。"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"channel") : stack1),"visit",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":79,"column":56},"end":{"line":79,"column":81}}}),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":50},"end":{"line":79,"column":122}}})) != null ? stack1 : "")
    + "\"\n    size: 12\n  - type: spacer\n  - type: signers\n    items:\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"channel") : stack1),"visit",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":84,"column":6},"end":{"line":84,"column":31}}}),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":84,"column":0},"end":{"line":86,"column":7}}})) != null ? stack1 : "")
    + "      - { label: \"登记人（签名）：\", date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"registered_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":87,"column":36},"end":{"line":87,"column":65}}})) != null ? stack1 : "")
    + "\" }\n";
},"useData":true}
