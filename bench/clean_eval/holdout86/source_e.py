"""holdout86, part E: aquatic-products wholesale markets (水产批发市场) — a market company's
recruitment, a cold-chain bid, a law firm's case page, a residents' notice, an association's pledge,
a market group's site, a fish-grading course, a 范文 app's reading mode, an interview answer, an
encyclopaedia entry, a cloud drive's emergency plan, a print view of trading rules and a
forwarded request. Invented text, sites and chrome."""

CASES = [
    dict(
        slug="rsks-text-fish-market-recruit",
        site="霙岭人才考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yl-rcks.example.cn/zpgg/2025/0408/1207.html",
        title="霙岭市水产品批发市场管理有限公司2025年招聘检测员公告",
        record_title="霙岭市水产品批发市场管理有限公司2025年招聘检测员公告",
        date="2025-04-08",
        notes="exam site as text: a post table; sentence asking candidates to download and print the 报名表 kept; the company's own 咨询电话 beside the site's hotline; a 'share to' bar",
        page="""
!m 霙岭人才考试信息网
!m 首页 › 招聘公告 › 国企招聘
!t 霙岭市水产品批发市场管理有限公司2025年招聘检测员公告
!m 发布时间：2025-04-08 16:20　浏览：3021
{BODY}
!l 分享到：微信　QQ　微博
!m 网站服务热线：0736-2218800（工作日9:00-17:00）
""",
        body="""
因工作需要，霙岭市水产品批发市场管理有限公司面向社会公开招聘快速检测员，现公告如下。
岗位　人数　条件
快检员　3　食品检验等相关专业大专及以上
数据管理员　1　计算机相关专业本科及以上
报名人员请下载并打印报名表，填写后于4月20日前交到市场综合楼三楼人力资源部。
咨询电话：0736-2256107
霙岭市水产品批发市场管理有限公司
2025年4月8日
""",
    ),
    dict(
        slug="tender-text-fish-market-cold-storage-bid",
        site="霆山市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.tingshan.example.gov.cn/cggg/2025/0722/5590.html",
        title="霆山水产批发市场冷链监测系统采购项目竞争性磋商公告",
        record_title="霆山水产批发市场冷链监测系统采购项目竞争性磋商公告_采购公告_霆山市政府采购网",
        date="2025-07-22",
        notes="procurement site as text: decorated title; a 'bid document download requires login' prompt; the purchaser's and agent's contacts kept; the site's CA helpdesk",
        page="""
!m 霆山市政府采购网
!m 首页 > 采购公告 > 竞争性磋商
!t 霆山水产批发市场冷链监测系统采购项目竞争性磋商公告
!m 发布日期：2025-07-22　【我要打印】【关闭】
{BODY}
!a 下载磋商文件请先登录供应商账户
!m CA锁办理咨询：0746-6101199
""",
        body="""
项目名称：霆山水产批发市场冷链监测系统采购项目
预算金额：四十八万元
采购需求：在市场冷库和交易区安装温湿度监测终端一百二十套，建设监测平台一套。
供应商须在磋商文件规定时间内提交响应文件，逾期送达的不予受理。
采购人：霆山市水产批发市场服务中心　联系人：聂红　电话：0746-6125580
代理机构：霆山正信项目管理有限公司　联系人：甘磊　电话：0746-6138821
""",
    ),
    dict(
        slug="lawfirm-html-fish-stall-lease",
        site="霁川衡正律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="case",
        form="html",
        source="https://www.hengzhenglaw.example.com/case/2025/0610-88.html",
        title="水产批发市场摊位转租纠纷一案",
        record_title="【以案说法】水产批发市场摊位转租纠纷一案",
        date="2025-06-10",
        notes="HTML law firm: decorated title; consult QR prompt and a floating consult box; a lawyer card; disclaimer; 发布时间 byline",
        page="""
<html><head><meta charset="utf-8"><title>水产批发市场摊位转租纠纷一案_以案说法_衡正律师事务所</title></head><body>
<div class="hd">⟦m 衡正律师事务所⟧ ⟦m 专业 · 诚信 · 高效⟧ ⟦m 咨询热线 400-618-2366⟧</div>
<div class="nav">⟦m 首页 关于我们 专业领域 律师团队 以案说法 联系我们⟧</div>
<h1>⟦t 【以案说法】水产批发市场摊位转租纠纷一案⟧</h1>
<div class="meta">⟦m 发布时间：2025-06-10　作者：衡正律所⟧</div>
<div class="content">
{BODY}
</div>
<div class="card">⟦m 承办律师：葛文涛　执业证号 14301201811120345⟧</div>
<div class="qr">⟦w 扫码添加律师微信，免费咨询⟧</div>
<div class="float">⟦w 在线客服　电话咨询⟧</div>
<div class="ft">⟦d 本站案例已隐去当事人信息，仅供学习参考。⟧</div>
</body></html>
""",
        body="""
周某在霁川水产批发市场承租摊位一个，租期三年，合同约定未经市场同意不得转租。
租期第二年，周某将摊位转租给陈某，每月多收租金八百元，市场得知后以违约为由解除合同。
周某诉至法院，要求确认解除无效。
法院经审理认为，周某擅自转租违反合同约定，市场解除合同符合约定条件，驳回了周某的诉讼请求。
律师提示，摊位承租人转租前应取得出租方书面同意。
""",
    ),
    dict(
        slug="community-html-fish-market-odor-notice",
        site="渔港社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yugangsq.example.com/gg/2025/0826.html",
        title="关于水产市场夜间卸货扰民问题处理情况的通报",
        record_title=None,
        date="2025-08-26",
        notes="HTML residents' site: missing record title (the h2); a weather widget and a grid-worker box; residents' report line kept beside the community hotline; signature date",
        page="""
<html><head><meta charset="utf-8"><title>渔港社区服务网</title></head><body>
<div class="top">⟦m 渔港社区服务网⟧ ⟦m 今天 多云 26~33℃⟧</div>
<div class="nav">⟦m 社区首页 | 党建引领 | 便民服务 | 公示公告⟧</div>
<h2>⟦t 关于水产市场夜间卸货扰民问题处理情况的通报⟧</h2>
<div class="text">
{BODY}
</div>
<div class="grid">⟦w 有事找网格：网格长 殷大姐 139 0746 5521⟧</div>
<div class="ft">⟦m 社区24小时值班电话：0746-3330199⟧</div>
</body></html>
""",
        body="""
居民朋友们：
针对近期居民反映的水产批发市场夜间卸货噪声扰民问题，社区会同市场管理方进行了协商。
一、市场自9月1日起将冷链车卸货时间调整为晚上9点前和凌晨5点后。
二、卸货区加装隔声屏障，禁止车辆鸣笛和夜间空转。
三、居民如发现违规卸货，可拨打市场管理处电话0746-3352710反映。
渔港社区居民委员会
2025年8月26日
""",
    ),
    dict(
        slug="association-text-fish-market-pledge",
        site="霄城市水产流通协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://www.xcscltxh.example.org.cn/gg/2025/0315/91.html",
        title="关于诚信经营、杜绝注水冰衣的倡议书",
        record_title="【行业倡议】关于诚信经营、杜绝注水冰衣的倡议书",
        date="2025-03-15",
        notes="association as text: decorated title; a member-login row; 'share to friends' row; numbered list; a 3·15 date as 成文日期",
        page="""
!m 霄城市水产流通协会
!a 会员登录　入会申请
!m 协会首页 » 通知公告
!t 【行业倡议】关于诚信经营、杜绝注水冰衣的倡议书
{BODY}
!l 转发给朋友　收藏本文
!d 版权所有：霄城市水产流通协会　未经许可不得转载
""",
        body="""
全市水产批发经营户：
冻品包冰过厚、注水增重，损害的是消费者利益，砸的是整个行业的招牌。
在“3·15”国际消费者权益日到来之际，协会向全体会员发出如下倡议：
1.严格执行冻品包冰衣比例标准，明码标注净含量。
2.不收购、不销售注水或注胶水产品。
3.主动接受市场快检，公示检测结果。
霄城市水产流通协会
2025年3月15日
""",
    ),
    dict(
        slug="corp-html-haixian-group-trading-hours",
        site="汇海水产集团 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.huihaigroup.example.com/news/notice/2025/1120.html",
        title="关于调整冬季交易时间的公告",
        record_title="关于调整冬季交易时间的公告 | 汇海水产集团",
        date="2025-11-20",
        notes="HTML corporate site with a cookie banner; decorated title '| site'; a trading-hours table kept; 'back to top' and language switch; the group's own 服务电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于调整冬季交易时间的公告 | 汇海水产集团</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善您的浏览体验，继续访问即表示同意。⟧ ⟦a 接受⟧</div>
<div class="hd">⟦m 汇海水产集团⟧ ⟦a 中文 | EN⟧</div>
<div class="nav">⟦m 关于汇海 | 市场服务 | 新闻公告 | 投资者关系⟧</div>
<h1>⟦t 关于调整冬季交易时间的公告⟧</h1>
<div class="date">⟦m 2025.11.20⟧</div>
<div class="article">
{BODY}
</div>
<div class="top">⟦a 返回顶部⟧</div>
<div class="ft">⟦d ©汇海水产集团有限公司⟧ ⟦m 浙ICP备20031122号-1⟧</div>
</body></html>
""",
        body="""
各经营户、采购商：
根据冬季到货规律，经研究，自12月1日起调整市场交易时间。
交易区　调整后时间
活鲜交易区　2:30-10:00
冻品交易区　5:00-16:00
调整期间如有疑问，请拨打市场服务电话0574-8816203。
汇海水产集团市场运营部
2025年11月20日
""",
    ),
    dict(
        slug="training-html-fish-grading-course",
        site="鲜之道培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="http://www.xianzhidao.example.com/course/yupin.html",
        title="水产品分级与保鲜技术短训班招生简章",
        record_title="水产品分级与保鲜技术短训班招生简章（附课程表）",
        date=None,
        notes="HTML training school: decorated title (附课程表); float consult box; a discount prompt on its own line between paragraphs; course table kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>水产品分级与保鲜技术短训班招生简章（附课程表）-鲜之道培训</title></head><body>
<div class="hd">⟦m 鲜之道培训学校⟧ ⟦m 让每一条鱼卖上好价钱⟧</div>
<h1>⟦t 水产品分级与保鲜技术短训班招生简章（附课程表）⟧</h1>
<div class="content">
{BODY}
</div>
<div class="float">⟦w 报名咨询 QQ 3316620981⟧ ⟦a 在线报名⟧</div>
<div class="ft">⟦d 鲜之道培训学校 版权所有⟧</div>
</body></html>
""",
        body="""
本短训班面向水产批发经营户和采购人员，培训时间五天，小班教学。
⟦a 限时优惠：两人同报立减300元⟧
天数　课程
第1天　常见鱼类品质感官判定
第2天　活鲜暂养与运输
第3天　冻品解冻与包冰标准
第4至5天　市场实操与考核
学员结业后颁发培训证书，报名电话：0755-2831507。
""",
    ),
    dict(
        slug="fanwenapp-html-reading-mode-market-speech",
        site="妙笔范文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.miaobi.example.com/read/sp/662019",
        title="在水产批发市场食品安全工作会议上的讲话",
        record_title="在水产批发市场食品安全工作会议上的讲话（通用2篇）",
        date=None,
        notes="HTML 范文 app reading mode: decorated title (通用2篇); a copy-lock prompt glued after a sentence; 'continue in app' fold; no date (a template speech with ××× placeholders kept)",
        page="""
<html><head><meta charset="utf-8"><title>在水产批发市场食品安全工作会议上的讲话（通用2篇）</title></head><body>
<div class="bar">⟦a 阅读模式⟧ ⟦a Aa⟧ ⟦a 夜间⟧</div>
<h1>⟦t 在水产批发市场食品安全工作会议上的讲话（通用2篇）⟧</h1>
<div class="read">
{BODY}
</div>
<div class="fold">⟦a 剩余60%内容，打开妙笔APP免费阅读⟧</div>
<div class="rec">⟦l 为你推荐：农贸市场管理讲话 | 食品安全表态发言⟧</div>
</body></html>
""",
        body="""
各位经营户，同志们：
今天召开市场食品安全工作会议，主要是总结上半年工作，部署下一阶段任务。⟦a 复制需开通会员⟧
上半年，市场共开展快速检测×××批次，合格率保持在百分之九十九以上。
下一步，各经营户要落实进货查验和索证索票制度，对无合格证明的产品一律不得进场。
我们要共同守住“舌尖上的安全”。
""",
    ),
    dict(
        slug="gkforum-text-interview-fish-market-crowd",
        site="公考研习社论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="answer",
        form="text",
        source="http://bbs.gkyxs.example.com/thread-71280-1-1.html",
        title="水产批发市场春节前人流密集，领导让你负责安全保障，你怎么做？",
        record_title="[面试真题]水产批发市场春节前人流密集，领导让你负责安全保障，你怎么做？（附答题思路）",
        date=None,
        notes="exam forum as text: decorated title; junk lines; a relative post time (5天前) is no date; a 'reply to see more' prompt",
        junk=dict(lines=2, glued=1),
        page="""
!m 公考研习社 › 面试交流 › 真题解析
!t [面试真题]水产批发市场春节前人流密集，领导让你负责安全保障，你怎么做？（附答题思路）
!m 发表于 5天前　楼主：研习社小编
{BODY}
!a 回复本帖可查看更多答题思路
!l 上一主题　下一主题
""",
        body="""
参考答案：
春节前市场人流车流集中，安全保障要做到事前有预案、事中有管控、事后有总结。
第一，提前会同市场管理方、公安、消防等部门制定安全保障方案，明确分区责任人。
第二，高峰时段在出入口设置单向通道，安排人员疏导，必要时限流。
第三，加强冷库、电线线路和消防通道检查，发现隐患立即整改。
活动结束后，及时总结经验，形成长效机制。
""",
    ),
    dict(
        slug="wiki-text-entry-aquatic-wholesale-market",
        site="百知问答百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="text",
        source="https://www.baizhi.example.com/wiki/水产品批发市场",
        title="水产品批发市场",
        record_title="水产品批发市场 - 百知百科",
        date=None,
        notes="encyclopaedia as text: decorated title; edit and 'add to favourites'; 'last edited' stamp is no date; an example year inside a sentence is no date",
        page="""
!m 百知百科 | 人人可编辑的知识库
!t 水产品批发市场 - 百知百科
!a 编辑词条　收藏　分享
!m 最后编辑：2025-02-18　编辑次数：14次
{BODY}
!l 词条标签：市场　水产　流通
!d 百科内容由网友共同编辑，如有错误请指正。
""",
        body="""
水产品批发市场是以水产品为主要交易对象，为生产者、经销商和采购商提供集中交易服务的场所。
市场一般设有活鲜、冰鲜、冻品和干货等交易区，配套冷库、检测室和物流配送设施。
我国较早的一批水产品批发市场大多出现在二十世纪八十年代的沿海城市。
""",
    ),
    dict(
        slug="netdisk-html-fish-market-emergency-plan",
        site="飞箱网盘 (invented)",
        style="网盘分享",
        genre="预案",
        kind="plan",
        form="html",
        source="https://www.feixiangpan.example.com/s/Fm8kQ2aZ",
        title="水产批发市场氨制冷泄漏事故应急预案",
        record_title="水产批发市场氨制冷泄漏事故应急预案.pdf",
        date="2025-05-08",
        notes="HTML cloud-drive preview: file-name title; page markers ⧖n⧖ as paragraphs cutting sentences; save/download buttons; decimal headings kept; a 编制日期 in the document",
        pages=dict(fmt="⧖{n}⧖", every=120, start=2),
        page="""
<html><head><meta charset="utf-8"><title>水产批发市场氨制冷泄漏事故应急预案.pdf_飞箱网盘</title></head><body>
<div class="hd">⟦m 飞箱网盘⟧ ⟦a 登录⟧</div>
<div class="file">⟦t 水产批发市场氨制冷泄漏事故应急预案.pdf⟧ ⟦m 1.2MB⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超速下载（会员）⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 请勿通过飞箱网盘分享侵权或违法内容⟧</div>
</body></html>
""",
        body="""
1 总则
1.1 为有效处置市场冷库氨制冷系统泄漏事故，保障人员生命安全，制定本预案。
1.2 本预案适用于市场冷库区、机房及周边交易区。
2 应急处置
2.1 发现泄漏后，值班人员立即关闭相关阀门，启动排风系统，并向应急指挥部报告。
2.2 疏散组按照预定路线将人员疏散至上风向集合点，严禁无防护人员进入泄漏区。
编制单位：霂溪水产批发市场安全管理部
编制日期：2025年5月8日
""",
    ),
    dict(
        slug="print-html-fish-market-trading-rules",
        site="霖湾市场监管局（打印预览） (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="html",
        source="http://scjg.linwan.example.gov.cn/print/zcfg/3391.html",
        title="霖湾市水产品批发市场交易管理规定",
        record_title="打印预览 - 霖湾市水产品批发市场交易管理规定",
        date="2025-01-06",
        notes="HTML print template: decorated title; print/close buttons; printed URL and print stamp (no date); articles speak of 扫码/登记; 发布日期 as the page date",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 霖湾市水产品批发市场交易管理规定</title></head><body>
<div class="noprint">⟦a 打印⟧ ⟦a 关闭⟧</div>
<h2>⟦t 霖湾市水产品批发市场交易管理规定⟧</h2>
<div class="info">⟦m 发布日期：2025-01-06　来源：霖湾市市场监督管理局⟧</div>
<div class="print">
{BODY}
</div>
<div class="pf">⟦m 打印自：http://scjg.linwan.example.gov.cn/zcfg/3391.html⟧ ⟦m 打印时间：2025-03-14 15:20⟧</div>
</body></html>
""",
        body="""
第一条　为规范水产品批发交易秩序，保障水产品质量安全，制定本规定。
第二条　进场销售的水产品应当具有产地证明或者购货凭证，经营者应扫码登记进货信息。
第三条　市场开办者应当设立检测室，每日对进场水产品进行抽样检测，并公示检测结果。
第四条　禁止销售含有禁用药物残留的水产品。
第五条　本规定自2025年2月1日起施行。
""",
    ),
    dict(
        slug="mail-html-fw-request-fish-market-cold-chain",
        site="霈川市商务局邮箱（转发） (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.pcsw.example.gov.cn/webmail/read/20250911-03",
        title="关于申请水产批发市场冷链物流改造专项资金的请示",
        record_title="转发：关于申请水产批发市场冷链物流改造专项资金的请示",
        date="2025-09-09",
        date_also=["2025-09-11"],
        notes="HTML webmail reader: '转发：' title; mail headers; a mail's attachment bar beside the request's own 附件 line; the request's 成文日期 expected and the send date accepted; 联系人 kept",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于申请水产批发市场冷链物流改造专项资金的请示 - 政务邮箱</title></head><body>
<div class="tb">⟦a 返回⟧ ⟦a 回复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<div class="subj">⟦t 转发：关于申请水产批发市场冷链物流改造专项资金的请示⟧</div>
<div class="hdr">⟦m 发件人：流通科 <ltk@pcsw.example.gov.cn>⟧<br>⟦m 收件人：局领导⟧<br>⟦m 发送时间：2025年9月11日(周四) 10:12⟧</div>
<div class="att">⟦m 附件(1)：改造项目预算表.pdf⟧ ⟦a 下载 预览⟧</div>
<div class="mailbody">
{BODY}
</div>
<div class="ft">⟦d 政务邮箱严禁处理涉密信息⟧</div>
</body></html>
""",
        body="""
市商务局：
霈川水产批发市场现有冷库容量不足，冷链运输车辆老化，难以满足夏季交易高峰需求。
我中心拟对市场冷库和冷链配送系统进行改造，总投资六百二十万元，申请专项资金补助一百八十万元。
妥否，请批示。
附件：改造项目预算表
联系人：乔敏　电话：0738-6612048
霈川市农产品流通服务中心
2025年9月9日
""",
    ),
]
