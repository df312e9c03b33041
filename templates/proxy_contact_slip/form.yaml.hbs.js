// sha256 a06e402495e7c8ee5c43ebac2dee754c1e8fd87ff5b83a15a8d477ad0d7ffecd
{"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- type: part\n  label: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"part_label") || (depth0 != null ? lookupProperty(depth0,"part_label") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"part_label","hash":{},"data":data,"loc":{"start":{"line":4,"column":10},"end":{"line":4,"column":24}}}) : helper))) != null ? stack1 : "")
    + "\"\n  strip: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"part_strip") || (depth0 != null ? lookupProperty(depth0,"part_strip") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"part_strip","hash":{},"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":24}}}) : helper))) != null ? stack1 : "")
    + "\"\n  title: \"信访代理事项处理联系单\"\n  serial: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"slip_no")), depth0)) != null ? stack1 : "")
    + "\"\n  void: "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"void")),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":8,"column":8},"end":{"line":8,"column":50}}})) != null ? stack1 : "")
    + "\n  children:\n    - type: table\n      columns: [30, 54, 30, 54]\n      rows:\n        - cells:\n            - { text: \"承办单位\", header: true }\n            - { text: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"handler"))) && lookupProperty(stack1,"handling_org_name")),((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":15,"column":23},"end":{"line":15,"column":89}}})) != null ? stack1 : "")
    + "\" }\n            - { text: \"承办人/电话\", header: true }\n            - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"handler"))) && lookupProperty(stack1,"handler_name")), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"handler"))) && lookupProperty(stack1,"handler_phone")), depth0)) != null ? stack1 : "")
    + "\" }\n        - cells:\n            - { text: \"受理日期\", header: true }\n            - { text: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"acceptance"))) && lookupProperty(stack1,"accepted_date")),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":20,"column":23},"end":{"line":20,"column":76}}})) != null ? stack1 : "")
    + "\" }\n            - { text: \"应办结日期\", header: true }\n            - { text: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"clocks"))) && lookupProperty(stack1,"proxy_handling"))) && lookupProperty(stack1,"base_due")),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"clocks"))) && lookupProperty(stack1,"handling"))) && lookupProperty(stack1,"base_due")),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":22,"column":30},"end":{"line":22,"column":107}}}),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":22,"column":23},"end":{"line":22,"column":109}}})) != null ? stack1 : "")
    + "（受理之日起"
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"clocks"))) && lookupProperty(stack1,"proxy_handling"))) && lookupProperty(stack1,"days")),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"clocks"))) && lookupProperty(stack1,"handling"))) && lookupProperty(stack1,"days")),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":22,"column":115},"end":{"line":22,"column":186}}})) != null ? stack1 : "")
    + "日）\" }\n        - cells:\n            - { text: \"信访代理员\", header: true }\n            - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"agent"))) && lookupProperty(stack1,"agent_name")), depth0)) != null ? stack1 : "")
    + "\" }\n            - { text: \"代理点/电话\", header: true }\n            - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"agent"))) && lookupProperty(stack1,"agent_post")), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"agent"))) && lookupProperty(stack1,"phone")), depth0)) != null ? stack1 : "")
    + "\" }\n        - cells:\n            - { text: \"信访人\", header: true }\n            - { text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"petitioner_name")), depth0)) != null ? stack1 : "")
    + "\" }\n            - { text: \"电话\", header: true }\n            - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"petitioner"))) && lookupProperty(stack1,"phone")), depth0)) != null ? stack1 : "")
    + "\" }\n        - cells:\n            - { text: \"住址\", header: true }\n            - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"or")||(depth0 && lookupProperty(depth0,"or"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"show_address") : depth0),(lookupProperty(helpers,"not")||(depth0 && lookupProperty(depth0,"not"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"confidential")),{"name":"not","hash":{},"data":data,"loc":{"start":{"line":35,"column":46},"end":{"line":35,"column":75}}}),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":35,"column":29},"end":{"line":35,"column":76}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":35,"column":23},"end":{"line":35,"column":134}}})) != null ? stack1 : "")
    + "\", span: 3 }\n        - cells:\n            - { text: \"委托单号\", header: true }\n            - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"proxy_request"))) && lookupProperty(stack1,"request_form_no")), depth0)) != null ? stack1 : "")
    + "\" }\n            - { text: \"授权委托书号\", header: true }\n            - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"authorization"))) && lookupProperty(stack1,"authorization_no")), depth0)) != null ? stack1 : "")
    + "\" }\n        - height: 9\n          cells:\n            - { text: \"代理事项摘要\", header: true }\n            - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"matter_summary")),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":44,"column":23},"end":{"line":44,"column":153}}})) != null ? stack1 : "")
    + "\", span: 3 }\n        - cells:\n            - { text: \"交办/转送来源\", header: true }\n            - { text: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"assigned_by")),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"transfer_from_org")),"无",{"name":"default","hash":{},"data":data,"loc":{"start":{"line":47,"column":23},"end":{"line":47,"column":103}}})) != null ? stack1 : "")
    + "\", span: 3 }\n        - cells:\n            - { text: \"办理反馈\", header: true }\n            - { text: \"处理依据："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"handling_basis")), depth0)) != null ? stack1 : "")
    + "\\n处理结果："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"handling_result")), depth0)) != null ? stack1 : "")
    + "\", span: 3 }\n        - cells:\n            - { text: \"答复意见书文号\", header: true }\n            - { text: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"opinion_doc_no")),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"handling_opinion"))) && lookupProperty(stack1,"doc_no")),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":53,"column":23},"end":{"line":53,"column":117}}})) != null ? stack1 : "")
    + "\" }\n            - { text: \"反馈代理员日期\", header: true }\n            - { text: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"agent_feedback_date")),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":55,"column":23},"end":{"line":55,"column":75}}})) != null ? stack1 : "")
    + "\" }\n        - cells:\n            - { text: \"答复信访人日期/方式\", header: true }\n            - { text: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"petitioner_reply_date")),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":58,"column":23},"end":{"line":58,"column":77}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"SERVICE_METHOD",((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"petitioner_reply_method")),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":58,"column":78},"end":{"line":58,"column":152}}})) != null ? stack1 : "")
    + "\" }\n            - { text: \"信访人评价\", header: true }\n            - { text: \""
    + ((stack1 = (lookupProperty(helpers,"box")||(depth0 && lookupProperty(depth0,"box"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"satisfaction")),"satisfied",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":60,"column":29},"end":{"line":60,"column":82}}}),{"name":"box","hash":{},"data":data,"loc":{"start":{"line":60,"column":23},"end":{"line":60,"column":84}}})) != null ? stack1 : "")
    + "满意 "
    + ((stack1 = (lookupProperty(helpers,"box")||(depth0 && lookupProperty(depth0,"box"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"satisfaction")),"basically_satisfied",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":60,"column":93},"end":{"line":60,"column":156}}}),{"name":"box","hash":{},"data":data,"loc":{"start":{"line":60,"column":87},"end":{"line":60,"column":158}}})) != null ? stack1 : "")
    + "基本满意 "
    + ((stack1 = (lookupProperty(helpers,"box")||(depth0 && lookupProperty(depth0,"box"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"satisfaction")),"dissatisfied",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":60,"column":169},"end":{"line":60,"column":225}}}),{"name":"box","hash":{},"data":data,"loc":{"start":{"line":60,"column":163},"end":{"line":60,"column":227}}})) != null ? stack1 : "")
    + "不满意\" }\n        - height: 10\n          cells:\n            - { text: \"承办单位（盖章）：\", span: 2 }\n            - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"receipt") || (depth0 != null ? lookupProperty(depth0,"receipt") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"receipt","hash":{},"data":data,"loc":{"start":{"line":64,"column":23},"end":{"line":64,"column":34}}}) : helper))) != null ? stack1 : "")
    + "\", span: 2 }\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "true";
},"2":function(container,depth0,helpers,partials,data) {
    return "false";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"petitioner"))) && lookupProperty(stack1,"address")), depth0)) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "（保密事项，本联不载住址）";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"contact_slip"))) && lookupProperty(stack1,"matter_summary")), depth0)) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"request_text")), depth0)) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "作废 ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: slip\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"case_no") : stack1), depth0)) != null ? stack1 : "")
    + "/proxy_contact_slip/"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"slip_no") || (depth0 != null ? lookupProperty(depth0,"slip_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"slip_no","hash":{},"data":data,"loc":{"start":{"line":68,"column":43},"end":{"line":68,"column":54}}}) : helper))) != null ? stack1 : "")
    + "\"\n  date: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"acceptance") : stack1)) != null ? lookupProperty(stack1,"accepted_date") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  title: \"信访代理事项处理联系单 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"slip_no") || (depth0 != null ? lookupProperty(depth0,"slip_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"slip_no","hash":{},"data":data,"loc":{"start":{"line":70,"column":22},"end":{"line":70,"column":33}}}) : helper))) != null ? stack1 : "")
    + "\"\n  subject: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"void") : depth0),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":71,"column":12},"end":{"line":71,"column":34}}})) != null ? stack1 : "")
    + "四联单 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"slip_no") || (depth0 != null ? lookupProperty(depth0,"slip_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"slip_no","hash":{},"data":data,"loc":{"start":{"line":71,"column":38},"end":{"line":71,"column":49}}}) : helper))) != null ? stack1 : "")
    + "\"\nblocks:\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"part"),depth0,{"name":"part","hash":{"receipt":"承办人（签名）：        年  月  日","show_address":true,"part_strip":"第一联 存根 留底备查","part_label":"第一联 存根"},"data":data,"indent":"  ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "  - type: cut\n    serial: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"slip_no") || (depth0 != null ? lookupProperty(depth0,"slip_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"slip_no","hash":{},"data":data,"loc":{"start":{"line":75,"column":13},"end":{"line":75,"column":24}}}) : helper))) != null ? stack1 : "")
    + "\"\n    text: \"✂ 沿此线裁开\"\n    seal_zone: true\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"part"),depth0,{"name":"part","hash":{"receipt":"签收人（代理员）：      年  月  日","show_address":false,"part_strip":"第二联 信访代理员联","part_label":"第二联 信访代理员联"},"data":data,"indent":"  ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"part"),depth0,{"name":"part","hash":{"receipt":"签收人（信访人）：      年  月  日","show_address":true,"part_strip":"第三联 信访人联","part_label":"第三联 信访人联"},"data":data,"indent":"  ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "  - type: cut\n    serial: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"slip_no") || (depth0 != null ? lookupProperty(depth0,"slip_no") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"slip_no","hash":{},"data":data,"loc":{"start":{"line":81,"column":13},"end":{"line":81,"column":24}}}) : helper))) != null ? stack1 : "")
    + "\"\n    text: \"✂ 沿此线裁开\"\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"part"),depth0,{"name":"part","hash":{"receipt":"签收人（信访部门）：    年  月  日","show_address":false,"part_strip":"第四联 信访部门联","part_label":"第四联 信访部门联"},"data":data,"indent":"  ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"main_d":  function(fn, props, container, depth0, data, blockParams, depths) {

  var decorators = container.decorators, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  var decorator = lookupProperty(decorators,"inline");
  if (typeof decorator !== "function") { throw new Error("Missing decorator: \"inline\""); }
  fn = decorator(fn,props,container,{"name":"inline","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"args":["part"],"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":65,"column":11}}}) || fn;
  return fn;
  }

,"useDecorators":true,"usePartial":true,"useData":true,"useDepths":true}
