// sha256 add683c9a03348688f8b7c07056856387015876f8349eefd3ef89cf4ac7500b8
{"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"title") : stack1), depth0)) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "关于"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"petitioner_name") || (depth0 != null ? lookupProperty(depth0,"petitioner_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"petitioner_name","hash":{},"data":data,"loc":{"start":{"line":7,"column":104},"end":{"line":7,"column":123}}}) : helper))) != null ? stack1 : "")
    + "信访事项的处理意见";
},"2":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"received_date")),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":23,"column":25},"end":{"line":23,"column":58}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"transfer_from_org")),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":23,"column":58},"end":{"line":23,"column":185}}})) != null ? stack1 : "")
    + "反映的信访事项，本机关已于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"acceptance"))) && lookupProperty(stack1,"accepted_date")),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":23,"column":198},"end":{"line":23,"column":251}}})) != null ? stack1 : "")
    + "受理。"
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "的具体信访请求是："
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"requests") : stack1),{"name":"each","hash":{},"fn":container.program(4, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":23,"column":276},"end":{"line":23,"column":363}}})) != null ? stack1 : "")
    + "\"\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"petitioner_facts_reasons") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":24,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + "  - type: paragraph\n    text: \"经调查核实："
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"findings") : stack1),{"name":"clause","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":29,"column":17},"end":{"line":29,"column":39}}})) != null ? stack1 : "")
    + "。\"\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"investigation_steps") : stack1),{"name":"each","hash":{},"fn":container.program(8, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":30,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "")
    + "  - type: paragraph\n    text: \"根据"
    + ((stack1 = (lookupProperty(helpers,"basis")||(depth0 && lookupProperty(depth0,"basis"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"legal_basis") : stack1),{"name":"basis","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":35,"column":13},"end":{"line":35,"column":37}}})) != null ? stack1 : "")
    + "的规定，本机关处理意见如下：\"\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"outcomes") : stack1),{"name":"each","hash":{},"fn":container.program(9, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":36,"column":0},"end":{"line":39,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"enforcement_text") : stack1),{"name":"if","hash":{},"fn":container.program(10, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":40,"column":0},"end":{"line":43,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"hearing_right_text") : stack1),{"name":"if","hash":{},"fn":container.program(11, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":44,"column":0},"end":{"line":47,"column":7}}})) != null ? stack1 : "")
    + "  - type: paragraph\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"remedy_text") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams),"inverse":container.program(13, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":49,"column":0},"end":{"line":53,"column":7}}})) != null ? stack1 : "")
    + "  - type: signature\n    org: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")), depth0)) != null ? stack1 : "")
    + "\"\n    date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"issue_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":56,"column":11},"end":{"line":56,"column":33}}})) != null ? stack1 : "")
    + "\"\n    seal: 42\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"copy_to") : stack1),{"name":"if","hash":{},"fn":container.program(14, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":58,"column":0},"end":{"line":68,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（经"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"transfer_from_org")), depth0)) != null ? stack1 : "")
    + "转送/交办，本机关于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"org_received_date")),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":23,"column":138},"end":{"line":23,"column":175}}})) != null ? stack1 : "")
    + "收到）";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = (lookupProperty(helpers,"cn")||(depth0 && lookupProperty(depth0,"cn"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"seq") : depth0),{"name":"cn","hash":{},"data":data,"loc":{"start":{"line":23,"column":298},"end":{"line":23,"column":308}}})) != null ? stack1 : "")
    + "）"
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":23,"column":309},"end":{"line":23,"column":324}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"last")),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":23,"column":324},"end":{"line":23,"column":354}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "。";
},"6":function(container,depth0,helpers,partials,data) {
    return "；";
},"7":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "反映的主要事实和理由："
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"petitioner_facts_reasons") : stack1),{"name":"clause","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":26,"column":35},"end":{"line":26,"column":73}}})) != null ? stack1 : "")
    + "。\"\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\"\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \"（"
    + ((stack1 = (lookupProperty(helpers,"cn")||(depth0 && lookupProperty(depth0,"cn"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"inc")||(depth0 && lookupProperty(depth0,"inc"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"index")),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":38,"column":17},"end":{"line":38,"column":29}}}),{"name":"cn","hash":{},"data":data,"loc":{"start":{"line":38,"column":12},"end":{"line":38,"column":31}}})) != null ? stack1 : "")
    + "）对第"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"request_seq") || (depth0 != null ? lookupProperty(depth0,"request_seq") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"request_seq","hash":{},"data":data,"loc":{"start":{"line":38,"column":34},"end":{"line":38,"column":49}}}) : helper))) != null ? stack1 : "")
    + "项请求，"
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"OUTCOME",(depth0 != null ? lookupProperty(depth0,"outcome") : depth0),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":38,"column":53},"end":{"line":38,"column":80}}})) != null ? stack1 : "")
    + "。"
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"reasoning") : depth0),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":38,"column":81},"end":{"line":38,"column":101}}})) != null ? stack1 : "")
    + "。\"\n";
},"10":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \""
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"enforcement_text") : stack1),{"name":"clause","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":42,"column":11},"end":{"line":42,"column":41}}})) != null ? stack1 : "")
    + "。\"\n";
},"11":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"hearing_right_text") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n";
},"12":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"remedy_text") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n";
},"13":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    text: \"如对本处理意见不服，可以自收到本意见书之日起30日内，向"
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"review_org_name") : stack1),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"office"))) && lookupProperty(stack1,"review_org_name")),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":52,"column":39},"end":{"line":52,"column":98}}})) != null ? stack1 : "")
    + "（地址："
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"review_org_address") : stack1),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"office"))) && lookupProperty(stack1,"review_org_address")),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":52,"column":102},"end":{"line":52,"column":167}}})) != null ? stack1 : "")
    + "）书面申请复查，并提交复查申请书、本意见书及相关证据材料。\"\n";
},"14":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \"抄送："
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"copy_to") : stack1),"，",{"name":"join","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":60,"column":14},"end":{"line":60,"column":37}}})) != null ? stack1 : "")
    + "。\"\n    size: 14\n    indent: 1\n    hang: 0\n    align: left\n    rule_above: true\n    rule_below: true\n    bottom: true\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: letter\npage_numbers: true\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"case_no") : stack1), depth0)) != null ? stack1 : "")
    + "/handling_opinion\"\n  date: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"issue_date") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  title: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"title") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams),"inverse":container.program(1, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":7,"column":10},"end":{"line":7,"column":139}}})) != null ? stack1 : "")
    + "\"\n  subject: \"信访处理意见书 "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  author: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"issuing_org") || (depth0 != null ? lookupProperty(depth0,"issuing_org") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"issuing_org","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":9,"column":11},"end":{"line":9,"column":26}}}) : helper))) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n    align: right\n  - type: spacer\n  - type: heading\n    text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"title") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams),"inverse":container.program(1, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":16,"column":11},"end":{"line":16,"column":140}}})) != null ? stack1 : "")
    + "\"\n  - type: paragraph\n    text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"petitioner_name") || (depth0 != null ? lookupProperty(depth0,"petitioner_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"petitioner_name","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":18,"column":11},"end":{"line":18,"column":30}}}) : helper))) != null ? stack1 : "")
    + "：\"\n    align: left\n    indent: 0\n"
    + ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1),{"name":"with","hash":{},"fn":container.program(2, data, 1, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":21,"column":0},"end":{"line":69,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useBlockParams":true}
