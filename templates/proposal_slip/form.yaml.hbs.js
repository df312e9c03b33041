// sha256 74f90ac2a122ac8444ad73c610ccd150927fcecd63f75ee56652b5ffe6777634
{"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"title") : stack1), depth0)) != null ? stack1 : "")
    + "：";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"instruction") : stack1)) != null ? lookupProperty(stack1,"instruction_text") : stack1), depth0)) != null ? stack1 : "")
    + "\\n\\n批示人："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"instruction") : stack1)) != null ? lookupProperty(stack1,"instructed_by") : stack1), depth0)) != null ? stack1 : "")
    + "    "
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"instruction") : stack1)) != null ? lookupProperty(stack1,"instructed_at") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":37,"column":128},"end":{"line":37,"column":167}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "已出具处理意见书（"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "，"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1)) != null ? lookupProperty(stack1,"issue_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":41,"column":110},"end":{"line":41,"column":160}}})) != null ? stack1 : "")
    + "）";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: form\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"case_no") : stack1), depth0)) != null ? stack1 : "")
    + "/proposal_slip\"\n  date: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"instruction") : stack1)) != null ? lookupProperty(stack1,"instructed_at") : stack1),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"proposal") : stack1)) != null ? lookupProperty(stack1,"proposed_at") : stack1),{"name":"default","hash":{},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":77}}})) != null ? stack1 : "")
    + "\"\n  title: \"信访事项拟办单\"\nblocks:\n  - type: heading\n    text: \"信访事项拟办单\"\n  - type: paragraph\n    text: \"编号："
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"case_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n    align: right\n    size: 12\n  - type: table\n    columns: [30, 48, 28, 50]\n    rows:\n      - cells:\n          - { text: \"信访人\", header: true }\n          - { text: \""
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"petitioner_name") || (depth0 != null ? lookupProperty(depth0,"petitioner_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"petitioner_name","hash":{},"data":data,"loc":{"start":{"line":18,"column":21},"end":{"line":18,"column":40}}}) : helper))) != null ? stack1 : "")
    + "\" }\n          - { text: \"收到日期\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"received_date") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":20,"column":21},"end":{"line":20,"column":48}}})) != null ? stack1 : "")
    + "\" }\n      - cells:\n          - { text: \"信访形式\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"CHANNEL",((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"channel") : stack1),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":23,"column":21},"end":{"line":23,"column":53}}})) != null ? stack1 : "")
    + "\" }\n          - { text: \"事项类别\", header: true }\n          - { text: \""
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"CATEGORY",((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"category") : stack1),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":25,"column":21},"end":{"line":25,"column":55}}})) != null ? stack1 : "")
    + "\" }\n      - height: 25\n        cells:\n          - { text: \"内容摘要\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"title") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":21},"end":{"line":29,"column":61}}})) != null ? stack1 : "")
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"request_text") : stack1), depth0)) != null ? stack1 : "")
    + "\", span: 3 }\n      - height: 40\n        cells:\n          - { text: \"拟办意见\", header: true }\n          - { text: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"proposal") : stack1)) != null ? lookupProperty(stack1,"proposal_text") : stack1), depth0)) != null ? stack1 : "")
    + "\\n\\n拟办人："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"proposal") : stack1)) != null ? lookupProperty(stack1,"proposed_by") : stack1), depth0)) != null ? stack1 : "")
    + "    "
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"proposal") : stack1)) != null ? lookupProperty(stack1,"proposed_at") : stack1),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":33,"column":93},"end":{"line":33,"column":127}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - height: 45\n        cells:\n          - { text: \"领导批示\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"instruction") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":21},"end":{"line":37,"column":174}}})) != null ? stack1 : "")
    + "\", span: 3 }\n      - height: 25\n        cells:\n          - { text: \"办理结果\", header: true }\n          - { text: \""
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"handling_opinion") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":21},"end":{"line":41,"column":168}}})) != null ? stack1 : "")
    + "\", span: 3 }\n";
},"useData":true}
