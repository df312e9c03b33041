// sha256 60bef93825dc2c4db1baa2b71ade2bc86794231a11d3564523b96ad8a75a0cfd
{"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    联系单编号："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"slip_no") || (depth0 != null ? lookupProperty(depth0,"slip_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"slip_no","hash":{},"data":data,"loc":{"start":{"line":10,"column":57},"end":{"line":10,"column":68}}}) : helper))) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"contact_slip") : stack1)) != null ? lookupProperty(stack1,"handling_result") : stack1), depth0)) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"outcomes") : stack1),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":107},"end":{"line":43,"column":213}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "第"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"request_seq") || (depth0 != null ? lookupProperty(depth0,"request_seq") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"request_seq","hash":{},"data":data,"loc":{"start":{"line":43,"column":157},"end":{"line":43,"column":172}}}) : helper))) != null ? stack1 : "")
    + "项请求："
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"OUTCOME",(depth0 != null ? lookupProperty(depth0,"outcome") : depth0),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":43,"column":176},"end":{"line":43,"column":203}}})) != null ? stack1 : "")
    + "。";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "已复核："
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"REVIEW_OUTCOME",((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"rereview") : stack1)) != null ? lookupProperty(stack1,"outcome") : stack1),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":51,"column":55},"end":{"line":51,"column":112}}})) != null ? stack1 : "")
    + "（"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"rereview") : stack1)) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "）";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"review") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":51,"column":155},"end":{"line":51,"column":366}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "已复查："
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"REVIEW_OUTCOME",((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"review") : stack1)) != null ? lookupProperty(stack1,"outcome") : stack1),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":51,"column":187},"end":{"line":51,"column":242}}})) != null ? stack1 : "")
    + "（"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"review") : stack1)) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "）";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"contact_slip") : stack1)) != null ? lookupProperty(stack1,"review_guidance_given") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":51,"column":283},"end":{"line":51,"column":359}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    return "已告知申请复查的途径和期限";
},"9":function(container,depth0,helpers,partials,data) {
    return "无";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"termination") : stack1)) != null ? lookupProperty(stack1,"terminated_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":54,"column":54},"end":{"line":54,"column":104}}})) != null ? stack1 : "")
    + "，"
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"TERMINATION_REASON",((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"termination") : stack1)) != null ? lookupProperty(stack1,"reason") : stack1),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":54,"column":105},"end":{"line":54,"column":168}}})) != null ? stack1 : "")
    + "；已告知信访人代理终结";
},"11":function(container,depth0,helpers,partials,data) {
    return "尚未终结";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"case_no") : stack1), depth0)) != null ? stack1 : "")
    + "/proxy_closure_record\"\n  date: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"termination") : stack1)) != null ? lookupProperty(stack1,"terminated_date") : stack1),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"contact_slip") : stack1)) != null ? lookupProperty(stack1,"petitioner_reply_date") : stack1),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"issue_date") : stack1),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":144}}})) != null ? stack1 : "")
    + "\"\n  title: \"信访代理事项办结记录\"\nblocks:\n  - type: heading\n    text: \"信访代理事项办结记录\"\n  - type: paragraph\n    text: \"案件编号："
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"case_no") : stack1), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"slip_no") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":32},"end":{"line":10,"column":75}}})) != null ? stack1 : "")
    + "\"\n    align: right\n    size: 12\n  - type: table\n    columns: [32, 46, 30, 48]\n    rows:\n      - cells:\n          - { text: \"信访人\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"petitioner_name") || (depth0 != null ? lookupProperty(depth0,"petitioner_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"petitioner_name","hash":{},"data":data,"loc":{"start":{"line":18,"column":21},"end":{"line":18,"column":40}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \"信访代理员\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"agent") : depth0)) != null ? lookupProperty(stack1,"agent_name") : stack1), depth0)) != null ? stack1 : "")
    + "（"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"agent") : depth0)) != null ? lookupProperty(stack1,"agent_post") : stack1), depth0)) != null ? stack1 : "")
    + "）\" }\n      - cells:\n          - { text: \"委托单号\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"proxy_request") : stack1)) != null ? lookupProperty(stack1,"request_form_no") : stack1), depth0)) != null ? stack1 : "")
    + "\" }\n          - { text: \"授权委托书号\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"authorization") : stack1)) != null ? lookupProperty(stack1,"authorization_no") : stack1), depth0)) != null ? stack1 : "")
    + "\" }\n      - height: 20\n        cells:\n          - { text: \"代理事项\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"authorization") : stack1)) != null ? lookupProperty(stack1,"proxy_matter") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"request_text") : stack1),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":29,"column":21},"end":{"line":29,"column":82}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"承办单位\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"handler") : stack1)) != null ? lookupProperty(stack1,"handling_org_name") : stack1),(depth0 != null ? lookupProperty(depth0,"issuing_org") : depth0),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":32,"column":21},"end":{"line":32,"column":75}}})) != null ? stack1 : "")
    + "\" }\n          - { text: \"受理日期\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"accepted_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":34,"column":21},"end":{"line":34,"column":68}}})) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"处理意见书文号\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\" }\n          - { text: \"出具日期\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"issue_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":39,"column":21},"end":{"line":39,"column":71}}})) != null ? stack1 : "")
    + "\" }\n      - height: 24\n        cells:\n          - { text: \"处理结果\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"contact_slip") : stack1)) != null ? lookupProperty(stack1,"handling_result") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":43,"column":21},"end":{"line":43,"column":220}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"反馈信访人日期\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"contact_slip") : stack1)) != null ? lookupProperty(stack1,"petitioner_reply_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":46,"column":21},"end":{"line":46,"column":69}}})) != null ? stack1 : "")
    + "\" }\n          - { text: \"信访人评价\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"SATISFACTION",((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"contact_slip") : stack1)) != null ? lookupProperty(stack1,"satisfaction") : stack1),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":48,"column":21},"end":{"line":48,"column":76}}})) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"复查复核\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"rereview") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":51,"column":21},"end":{"line":51,"column":373}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - cells:\n          - { text: \"代理终结\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"termination") : stack1),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":54,"column":21},"end":{"line":54,"column":198}}})) != null ? stack1 : "")
    + "\", span: 3 }\n  - type: spacer\n  - type: signers\n    items:\n      - { label: \"信访代理员（签名）：\" }\n      - { label: \"信访办审核（签名）：\" }\n";
},"useData":true}
