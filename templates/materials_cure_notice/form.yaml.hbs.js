// sha256 2ce9d858c6ec643bce4fdc51218b11dd7ff6c72422f8044e905f33c9e72686a0
{"0":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: letter\npage_numbers: true\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"case_no")), depth0)) != null ? stack1 : "")
    + "/materials_cure_notice\"\n  date: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"notice_date") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  title: \"补齐材料通知书\"\n  author: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")), depth0)) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n    align: right\n  - type: spacer\n  - type: heading\n    text: \"补齐材料通知书\"\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"petitioner_name")), depth0)) != null ? stack1 : "")
    + "：\"\n    align: left\n    indent: 0\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "提交的"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"rereview"))) && lookupProperty(stack1,"materials")),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams),"inverse":container.program(2, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":23,"column":27},"end":{"line":23,"column":157}}})) != null ? stack1 : "")
    + "材料不齐全。请补齐以下材料：\"\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"missing_items") : stack1),{"name":"each","hash":{},"fn":container.program(5, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":24,"column":0},"end":{"line":27,"column":9}}})) != null ? stack1 : "")
    + "  - type: paragraph\n    text: \"请于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"clocks"))) && lookupProperty(stack1,"cure_rereview_cure_notice"))) && lookupProperty(stack1,"due")),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"clocks"))) && lookupProperty(stack1,"cure_review_cure_notice"))) && lookupProperty(stack1,"due")),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"clocks"))) && lookupProperty(stack1,"cure_cure_notice"))) && lookupProperty(stack1,"due")),((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"clocks"))) && lookupProperty(stack1,"materials_cure"))) && lookupProperty(stack1,"due")),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":29,"column":20},"end":{"line":29,"column":179}}}),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":29,"column":13},"end":{"line":29,"column":181}}})) != null ? stack1 : "")
    + "前补齐。本机关收到补齐材料之日为收到"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"or")||(depth0 && lookupProperty(depth0,"or"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"rereview"))) && lookupProperty(stack1,"materials")),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"review"))) && lookupProperty(stack1,"materials")),{"name":"or","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":29,"column":205},"end":{"line":29,"column":285}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0, blockParams),"inverse":container.program(7, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":29,"column":199},"end":{"line":29,"column":308}}})) != null ? stack1 : "")
    + "之日，办理期限自该日起重新计算。"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"or")||(depth0 && lookupProperty(depth0,"or"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"rereview"))) && lookupProperty(stack1,"materials")),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"review"))) && lookupProperty(stack1,"materials")),{"name":"or","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":29,"column":330},"end":{"line":29,"column":410}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0, blockParams),"inverse":container.program(9, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":29,"column":324},"end":{"line":29,"column":468}}})) != null ? stack1 : "")
    + "\"\n  - type: paragraph\n    text: \"特此通知。\"\n  - type: signature\n    org: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")), depth0)) != null ? stack1 : "")
    + "\"\n    date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"notice_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":34,"column":11},"end":{"line":34,"column":33}}})) != null ? stack1 : "")
    + "\"\n    seal: 42\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "复核申请";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"review"))) && lookupProperty(stack1,"materials")),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":23,"column":85},"end":{"line":23,"column":150}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return "复查申请";
},"4":function(container,depth0,helpers,partials,data) {
    return "信访";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \""
    + ((stack1 = (lookupProperty(helpers,"inc")||(depth0 && lookupProperty(depth0,"inc"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"index")),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":26,"column":11},"end":{"line":26,"column":25}}})) != null ? stack1 : "")
    + ". "
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":26,"column":27},"end":{"line":26,"column":42}}})) != null ? stack1 : "")
    + "；\"\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "申请";
},"7":function(container,depth0,helpers,partials,data) {
    return "信访事项";
},"8":function(container,depth0,helpers,partials,data) {
    return "逾期未补齐的，将依照有关规定不予受理。";
},"9":function(container,depth0,helpers,partials,data) {
    return "逾期未补齐的，本机关将依据现有材料依规处理。";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"rereview") : stack1)) != null ? lookupProperty(stack1,"materials") : stack1),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"review") : stack1)) != null ? lookupProperty(stack1,"materials") : stack1),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"materials_cure") : stack1),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":3,"column":8},"end":{"line":3,"column":110}}}),{"name":"with","hash":{},"fn":container.program(0, data, 1, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":3,"column":0},"end":{"line":36,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useBlockParams":true}
