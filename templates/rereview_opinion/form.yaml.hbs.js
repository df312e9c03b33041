// sha256 f1519f119396ff20efe604de0db5008cbbef980f7f21ae95c2b6b0c5d3f0a6f4
{"0":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "layout: letter\npage_numbers: true\nmeta:\n  id: \""
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"case_no")), depth0)) != null ? stack1 : "")
    + "/rereview_opinion\"\n  date: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"issue_date") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  title: \"信访事项复核意见书\"\n  subject: \"复核意见书 "
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n  author: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"reviewing_org_name") : stack1),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"office"))) && lookupProperty(stack1,"rereview_org_name")),((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":10,"column":11},"end":{"line":10,"column":93}}})) != null ? stack1 : "")
    + "\"\nblocks:\n  - type: paragraph\n    text: \""
    + ((stack1 = container.lambda(((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"doc_no") : stack1), depth0)) != null ? stack1 : "")
    + "\"\n    align: right\n  - type: spacer\n  - type: heading\n    text: \"信访事项复核意见书\"\n  - type: field\n    label: \"复核申请人\"\n    value: \""
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"petitioner_name")), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"petitioner"))) && lookupProperty(stack1,"address")),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":20,"column":37},"end":{"line":20,"column":108}}})) != null ? stack1 : "")
    + "\"\n    underline: false\n  - type: field\n    label: \"被申请人\"\n    value: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"respondent_org") : stack1),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"review"))) && lookupProperty(stack1,"reviewing_org_name")),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"office"))) && lookupProperty(stack1,"review_org_name")),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":24,"column":12},"end":{"line":24,"column":116}}})) != null ? stack1 : "")
    + "\"\n    underline: false\n  - type: paragraph\n    text: \"申请人不服"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"review"))) && lookupProperty(stack1,"doc_no")),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams),"inverse":container.program(3, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":27,"column":16},"end":{"line":27,"column":126}}})) != null ? stack1 : "")
    + "，于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"application_received_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":27,"column":128},"end":{"line":27,"column":165}}})) != null ? stack1 : "")
    + "向本机关申请复核"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"accepted_date") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":27,"column":173},"end":{"line":27,"column":236}}})) != null ? stack1 : "")
    + "。"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"review_requests") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":27,"column":237},"end":{"line":27,"column":374}}})) != null ? stack1 : "")
    + "\"\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"applicant_claims") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":28,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + "  - type: paragraph\n    text: \"经复核查明："
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"findings") : stack1),{"name":"clause","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":33,"column":17},"end":{"line":33,"column":39}}})) != null ? stack1 : "")
    + "。\"\n  - type: paragraph\n    text: \"本机关认为，"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"outcome") : stack1),"uphold",{"name":"eq","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":35,"column":23},"end":{"line":35,"column":47}}}),{"name":"if","hash":{},"fn":container.program(10, data, 0, blockParams),"inverse":container.program(11, data, 0, blockParams),"data":data,"blockParams":blockParams,"loc":{"start":{"line":35,"column":17},"end":{"line":35,"column":141}}})) != null ? stack1 : "")
    + "。"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"legal_basis") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":35,"column":142},"end":{"line":35,"column":201}}})) != null ? stack1 : "")
    + "复核意见如下："
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"REVIEW_OUTCOME",((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"outcome") : stack1),{"name":"label","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":35,"column":208},"end":{"line":35,"column":245}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"redo_deadline") : stack1),{"name":"if","hash":{},"fn":container.program(13, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":35,"column":245},"end":{"line":35,"column":311}}})) != null ? stack1 : "")
    + "。\"\n  - type: paragraph\n    text: \"本意见为信访事项复核意见。"
    + ((stack1 = container.lambda(((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"you")), depth0)) != null ? stack1 : "")
    + "对本复核意见不服，仍然以同一事实和理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。\"\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"publication_allowed") : stack1),{"name":"if","hash":{},"fn":container.program(14, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":38,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + "  - type: signature\n    org: \""
    + ((stack1 = (lookupProperty(helpers,"default")||(depth0 && lookupProperty(depth0,"default"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"reviewing_org_name") : stack1),((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"office"))) && lookupProperty(stack1,"rereview_org_name")),((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"issuing_org")),{"name":"default","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":43,"column":10},"end":{"line":43,"column":92}}})) != null ? stack1 : "")
    + "\"\n    date: \""
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[0][0]) != null ? lookupProperty(stack1,"issue_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":44,"column":11},"end":{"line":44,"column":33}}})) != null ? stack1 : "")
    + "\"\n    seal: 42\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "，住址："
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"petitioner"))) && lookupProperty(stack1,"address")), depth0)) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "《信访事项复查意见书》（"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = ((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"case"))) && lookupProperty(stack1,"progress"))) && lookupProperty(stack1,"review"))) && lookupProperty(stack1,"doc_no")), depth0)) != null ? stack1 : "")
    + "）";
},"3":function(container,depth0,helpers,partials,data) {
    return "复查意见";
},"4":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "，本机关于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"accepted_date") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":27,"column":202},"end":{"line":27,"column":227}}})) != null ? stack1 : "")
    + "受理";
},"5":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "申请人的复核请求是："
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"review_requests") : stack1),{"name":"each","hash":{},"fn":container.program(6, data, 0, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":27,"column":273},"end":{"line":27,"column":367}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = (lookupProperty(helpers,"cn")||(depth0 && lookupProperty(depth0,"cn"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"seq") : depth0),{"name":"cn","hash":{},"data":data,"loc":{"start":{"line":27,"column":302},"end":{"line":27,"column":312}}})) != null ? stack1 : "")
    + "）"
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":27,"column":313},"end":{"line":27,"column":328}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"last")),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":27,"column":328},"end":{"line":27,"column":358}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "。";
},"8":function(container,depth0,helpers,partials,data) {
    return "；";
},"9":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - type: paragraph\n    text: \"申请人称："
    + ((stack1 = (lookupProperty(helpers,"clause")||(depth0 && lookupProperty(depth0,"clause"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"applicant_claims") : stack1),{"name":"clause","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":30,"column":16},"end":{"line":30,"column":46}}})) != null ? stack1 : "")
    + "。\"\n";
},"10":function(container,depth0,helpers,partials,data) {
    return "复查意见认定事实清楚，证据确凿，适用依据正确，程序合法，结论适当";
},"11":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "复查意见存在以下问题："
    + ((stack1 = (lookupProperty(helpers,"labels")||(depth0 && lookupProperty(depth0,"labels"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"DEFECT",((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"defects") : stack1),"；",{"name":"labels","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":35,"column":100},"end":{"line":35,"column":134}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "根据"
    + ((stack1 = (lookupProperty(helpers,"basis")||(depth0 && lookupProperty(depth0,"basis"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"legal_basis") : stack1),{"name":"basis","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":35,"column":166},"end":{"line":35,"column":190}}})) != null ? stack1 : "")
    + "的规定，";
},"13":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "，应于"
    + ((stack1 = (lookupProperty(helpers,"date")||(depth0 && lookupProperty(depth0,"date"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = blockParams[1][0]) != null ? lookupProperty(stack1,"redo_deadline") : stack1),{"name":"date","hash":{},"data":data,"blockParams":blockParams,"loc":{"start":{"line":35,"column":272},"end":{"line":35,"column":297}}})) != null ? stack1 : "")
    + "前重新作出意见";
},"14":function(container,depth0,helpers,partials,data) {
    return "  - type: paragraph\n    text: \"本复核意见经过听证，可以依法向社会公示。\"\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"case") : depth0)) != null ? lookupProperty(stack1,"progress") : stack1)) != null ? lookupProperty(stack1,"rereview") : stack1),{"name":"with","hash":{},"fn":container.program(0, data, 1, blockParams),"inverse":container.noop,"data":data,"blockParams":blockParams,"loc":{"start":{"line":2,"column":0},"end":{"line":46,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useBlockParams":true}
