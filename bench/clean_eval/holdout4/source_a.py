"""Held-back part 4, sources A: bidding/procurement sites and law-firm / legal-advice sites.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="bid-chengchuan-tender-notice-html",
        site="澄川县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.chengchuan.gov.cn/jyxx/zfcg/cggg/20250314/8812.html",
        title="澄川县第二人民医院医疗设备采购项目公开招标公告",
        record_title="[招标公告]澄川县第二人民医院医疗设备采购项目公开招标公告",
        record_date="2025-03-14",
        date="2025-03-14",
        notes="procurement portal: nav and login, a related notice whose title looks like this one's (更正公告), the notice's own contact lines and numbered qualification list stay",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>澄川县公共资源交易网</title></head><body>
<div class="top"><span class="logo">⟦m 澄川县公共资源交易网⟧</span> <a href="/login">⟦a 市场主体登录⟧</a> <a href="/reg">⟦a 免费注册⟧</a></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 &gt; 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="sub">⟦m 发布时间：2025-03-14 17:02　信息来源：澄川县公共资源交易中心　浏览次数：427⟧</div>
<div class="ct">
{BODY}
</div>
<div class="btns"><a>⟦a 我要投标⟧</a> <a>⟦a 打印本页⟧</a> <a>⟦a 关闭⟧</a></div>
</div>
<div class="side"><h3>⟦l 相关公告⟧</h3><ul>
<li>⟦l 澄川县第二人民医院医疗设备采购项目更正公告⟧</li>
<li>⟦l 澄川县妇幼保健院信息化建设项目竞争性磋商公告⟧</li>
<li>⟦l 澄川县中医院污水处理设备采购项目中标公告⟧</li></ul></div>
<div class="foot"><p>⟦d 本网站所发布的交易信息由招标人或其委托的代理机构提供，其真实性、合法性由发布方负责。⟧</p>
<p>⟦m 主办单位：澄川县公共资源交易中心　技术支持：0736-5288100　湘ICP备12003391号⟧</p></div>
</body></html>
""",
        body="""
项目概况
澄川县第二人民医院医疗设备采购项目的潜在投标人应在澄川县公共资源交易网获取招标文件，并于2025年4月7日9时30分（北京时间）前递交投标文件。
一、项目基本情况
项目编号：CCZC2025-0316
项目名称：澄川县第二人民医院医疗设备采购项目
预算金额：386.40万元
采购需求：包1彩色多普勒超声诊断仪1台，预算218.00万元；包2全自动生化分析仪1台，预算168.40万元。具体技术参数详见招标文件第三章。
合同履行期限：合同签订后60日内完成供货、安装和调试。本项目不接受联合体投标。
二、申请人的资格要求
1.满足《中华人民共和国政府采购法》第二十二条规定；
2.落实政府采购政策需满足的资格要求：本项目执行价格评审优惠政策，小微企业报价给予10%的扣除；
3.本项目的特定资格要求：投标人须具有有效的医疗器械经营许可证或备案凭证。
三、获取招标文件
时间：2025年3月14日至2025年3月21日，每天上午8:30至12:00，下午14:30至17:30（法定节假日除外）。
方式：投标人登录澄川县公共资源交易网，使用CA数字证书免费下载电子招标文件。
四、提交投标文件截止时间、开标时间和地点
2025年4月7日9时30分（北京时间），开标地点为澄川县公共资源交易中心第二开标室（县政务服务中心四楼）。
五、对本次招标提出询问，请按以下方式联系
采购人：澄川县第二人民医院，地址：澄川县滨河路218号，联系人：邵文静，电话：0736-5281047。
采购代理机构：湘澄项目管理咨询有限公司，地址：澄川县建设北路66号，联系人：欧阳平，电话：0736-5290312。
""",
    ),
    dict(
        slug="bid-qifeng-award-result-table",
        site="栖凤市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qfzfcg.gov.cn/cggg/jggg/202505/t20250509_33107.html",
        title="栖凤市城区道路智慧路灯改造项目中标结果公告",
        record_title=None,
        date="2025-05-09",
        notes="no title in the record; a data table and the agency's contact lines inside the body; prev/next links whose titles look like notice titles; 发布日期 line and a signed date",
        page="""
!m 栖凤市政府采购网　|　政府采购监督举报电话：0739-8812345
!m 首页 > 采购公告 > 结果公告 > 市级
{T}
!m 发布日期：2025-05-09　来源：栖凤恒信招标代理有限公司　访问量：1036
!a 【打印】　【关闭】　【字体：大 中 小】
{BODY}
!l 上一条：栖凤市第七中学食堂设备采购项目中标结果公告
!l 下一条：栖凤市城区道路智慧路灯改造项目合同公告
!m 栖凤市财政局主办　栖凤市政府采购中心承办　湘ICP备05007718号
""",
        body="""
一、项目编号：QFCG-2025-GK-0127
二、项目名称：栖凤市城区道路智慧路灯改造项目
三、中标信息
供应商名称：栖凤明光照明工程有限公司
供应商地址：栖凤市高新区创业大道88号
中标金额：人民币柒佰叁拾贰万肆仟元整（¥7,324,000.00）
四、主要标的信息
序号　名称　数量　单价（元）
1　智慧路灯灯头（LED，150W）　1860套　2980.00
2　单灯控制器　1860个　396.00
3　集中控制箱及管理平台软件　1套　1,044,640.00
五、评审专家名单：刘振宇、陈晓梅、黄立新、蔡文涛、杜宏伟
六、代理服务收费标准及金额：参照招标代理服务收费标准收取，收费金额为人民币7.86万元，由中标人支付。
七、公告期限：自本公告发布之日起1个工作日。
八、其他补充事宜：各有关当事人对中标结果有异议的，可以在中标公告发布之日起7个工作日内，以书面形式向采购人或采购代理机构提出质疑，逾期不再受理。
九、凡对本次公告内容提出询问，请按以下方式联系。
采购人：栖凤市城市管理局　联系人：谭志刚　联系电话：0739-8826514
采购代理机构：栖凤恒信招标代理有限公司　联系人：龚丽　联系电话：0739-8850227
栖凤恒信招标代理有限公司
2025年5月9日
""",
    ),
    dict(
        slug="bid-luzhou-group-inquiry-wrapped",
        site="鹭洲建工集团电子采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ecp.luzhoujg.com/notice/xunjia/2025071500412",
        title="鹭洲建工集团2025年度劳保用品框架采购询价公告",
        record_title="【询价公告】鹭洲建工集团2025年度劳保用品框架采购询价公告",
        date="2025-07-15",
        notes="a group's e-procurement platform; text hard-wrapped at 60 columns; the notice's own 联系人 line, 附件 line and numbered requirements stay",
        page="""
!m 鹭洲建工集团电子采购平台
!a 供应商登录　|　供应商注册　|　CA办理指南
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布时间：2025-07-15 10:20　截止时间：2025-07-25 17:00　公告类型：询价
{BODY}
!a 我要报价
!d 平台提示：供应商应自行核实公告内容，因未及时查看澄清、变更公告造成的损失由供应商自行承担。
!m 平台服务热线：400-118-2606　技术支持：鹭洲云采科技有限公司
!m 闽ICP备19040512号-3
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
鹭洲建工集团有限公司就2025年度劳保用品框架采购项目进行询价采购，现邀请符合条件的供应商参加报价。
一、采购内容
本项目采购安全帽、反光背心、劳保手套、劳保鞋等劳保用品，预计年采购金额约180万元，框架协议期限为一年。具体品类、规格及预估数量详见询价文件附件清单。
二、供应商资格要求
1.具有独立法人资格，注册资本不低于200万元；
2.近三年内具有不少于2个同类产品供货业绩；
3.所供安全帽、劳保鞋须具有特种劳动防护用品安全标志证书；
4.未被列入失信被执行人名单。
三、报价文件递交
报价截止时间为2025年7月25日17时00分，供应商须通过本平台上传加盖公章的报价文件，逾期上传的不予受理。报价应包含运输、装卸及税费，报价有效期不少于90天。
四、联系方式
采购单位：鹭洲建工集团有限公司物资采购部
联系人：许振华　电话：0592-6015573
附件：劳保用品采购清单及技术要求
鹭洲建工集团有限公司
2025年7月15日
""",
    ),
    dict(
        slug="law-hengzheng-conflict-rules",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="规章制度",
        kind="other",
        form="text",
        source="https://www.hengzhenglaw.cn/about/zhidu/118.html",
        title="衡正律师事务所利益冲突审查管理办法",
        record_title="衡正律师事务所利益冲突审查管理办法 - 衡正律师事务所官网",
        date="2024-11-08",
        date_also=["2024-11-20"],
        notes="law-firm site: nav words that also occur in the rules (律师、业务), the adoption line with the date under the title, chapter headings and articles; consultation hotline and disclaimer after",
        page="""
!m 衡正律师事务所 HENGZHENG LAW FIRM
!m 首页 | 关于衡正 | 专业领域 | 律师团队 | 衡正观点 | 联系我们
!m 您所在的位置：首页 > 关于衡正 > 管理制度
{T}
（2024年11月8日第三届合伙人会议通过）
!m 发布时间：2024-11-20　　作者：衡正律所行政部　　浏览：265
{BODY}
!w 免费法律咨询热线：400-067-1158（7×24小时）
!a 在线咨询律师
!d 本网站刊载的文章仅为一般性介绍，不构成任何法律意见；如需具体法律意见，请咨询执业律师。
!m 地址：鹭洲区滨江东路18号金汇大厦22层　总机：0592-3316620
!m © 2025 衡正律师事务所　闽ICP备18021196号-1
""",
        body="""
第一章　总则
第一条　为规范本所利益冲突审查工作，维护委托人合法权益，防范执业风险，根据《中华人民共和国律师法》《律师执业行为规范》等规定，结合本所实际，制定本办法。
第二条　本办法适用于本所全体律师、实习律师、律师助理及行政人员。本所承接的诉讼、仲裁、非诉讼法律事务及常年法律顾问业务，均应在接受委托前进行利益冲突审查。
第二章　审查程序
第三条　承办律师在与委托人签订委托合同前，应当通过本所案件管理系统提交利益冲突检索申请，如实填写委托人、对方当事人及其他利害关系人的名称。
第四条　风险控制部收到申请后，应当在一个工作日内完成检索，并将检索结果书面反馈承办律师。发现存在利益冲突或者可能存在利益冲突的，应当同时报告主管合伙人。
第五条　经审查存在法律规定禁止代理的利益冲突的，本所不得接受委托；存在可以豁免的利益冲突的，应当向各方委托人如实告知，并取得其书面同意。
第三章　责任追究
第六条　承办律师未经审查擅自接受委托，或者故意隐瞒利害关系的，本所将视情节给予通报批评、暂停承办新案件等处理；造成损失的，依法承担相应责任。
第四章　附则
第七条　本办法由本所管理委员会负责解释，自通过之日起施行。
""",
    ),
    dict(
        slug="law-fazheng-demand-letter-template",
        site="法正网 (invented legal-advice site)",
        style="律所网站",
        genre="函",
        kind="notice",
        form="text",
        source="https://www.fazhengwang.com/wenshu/hetong/lsh-3320.html",
        title="关于敦促支付货款的律师函",
        record_title="律师函范本：关于敦促支付货款的律师函（可下载）",
        date="2025-02-26",
        date_also=["2025-03-02"],
        notes="legal-advice site's template page: the letter's own lawyer contact line stays in the body (the site's hotline is chrome); Chinese-numeral date under the signature; related questions that end in ？",
        page="""
!m 法正网 — 找律师，上法正
!m 法律文书 › 合同纠纷 › 律师函范本
{T}
!m 整理：法正网编辑　　更新时间：2025-03-02　　下载次数：1,284
!a 获取本范本（.doc）　　加入我的文书夹
{BODY}
!d 以上范本仅供参考，具体案件请结合实际情况，在律师指导下使用。
!w 遇到欠款纠纷？在线律师15分钟响应，咨询电话：400-990-6672
!a 立即咨询　　免费评估案情
!l 相关问题
!l 律师函发出后对方不理怎么办？
!l 欠款多久不还可以起诉？
!l 律师函一般多少钱一份？
!m 法正网 fazhengwang.com　蜀ICP备20011823号
""",
        indent="\u3000\u3000",
        body="""
鹭洲市华拓建材贸易有限公司：
明衡律师事务所（以下简称“本所”）接受岑阳县宏远建筑工程有限公司（以下简称“委托人”）的委托，指派本所陈思远律师，就贵司拖欠委托人货款一事，郑重致函贵司。
根据委托人提供的《钢材购销合同》、送货单及对账单等材料，2024年3月至8月，委托人依约向贵司供应螺纹钢等建筑材料共计412.6吨，货款合计人民币1,652,340元。截至本函发出之日，贵司仅支付货款600,000元，尚欠1,052,340元，经委托人多次催告，贵司至今未予支付。
本所律师认为，贵司的上述行为已构成违约。根据《中华人民共和国民法典》第五百七十七条、第五百七十九条的规定，贵司应当承担继续履行、支付逾期付款违约金等违约责任。为此，本所受委托人之托，特函告如下：
1.请贵司在收到本函之日起十日内，向委托人支付所欠货款1,052,340元；
2.逾期付款违约金按合同约定的日万分之五计算，自2024年9月1日起算至实际付清之日止；
3.如贵司对欠款金额有异议，请在上述期限内与本所律师联系核对。
若贵司逾期仍不履行付款义务，本所将建议委托人通过诉讼途径解决，由此产生的诉讼费、保全费、律师费等一切费用将由贵司承担。
特此函告。
本所律师联系方式：陈思远，电话：0592-5108736。
明衡律师事务所
律师：陈思远
二〇二五年二月二十六日
""",
    ),
    dict(
        slug="law-yanchuan-party-day-news-html",
        site="砚川律师事务所 (invented)",
        style="律所网站",
        genre="新闻稿",
        kind="news",
        form="html",
        source="https://www.yanchuanlaw.com/djyd/zbdt/2025/0628/561.html",
        title="砚川律师事务所党支部赴苇塘镇开展“法治进乡村”主题党日活动",
        record_date="2025-06-28",
        date="2025-06-28",
        notes="law-firm news page: bilingual logo, nav, source line naming the firm (also named in the body), a photo caption, prev/next titles, hotline and copyright in the footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>砚川律师事务所党支部赴苇塘镇开展“法治进乡村”主题党日活动-砚川律师事务所</title></head><body>
<header><div class="logo">⟦m 砚川律师事务所⟧<small>⟦m YANCHUAN LAW OFFICES⟧</small></div>
<nav><a>⟦m 首页⟧</a><a>⟦m 律所概况⟧</a><a>⟦m 业务领域⟧</a><a>⟦m 专业律师⟧</a><a>⟦m 党建园地⟧</a><a>⟦m 联系我们⟧</a></nav></header>
<div class="crumbs">⟦m 首页 &gt; 党建园地 &gt; 支部动态⟧</div>
<article><h1>{T}</h1>
<div class="meta">⟦m 来源：本所党支部　作者：唐韵　时间：2025-06-28　阅读：318⟧</div>
<div class="text">
{BODY}
<p class="pic">图为党员律师为村民解答法律问题</p>
</div>
<div class="share">⟦a 分享到：微信 微博 QQ空间⟧</div>
<div class="pn"><p>⟦l 上一篇：律所召开2025年上半年业务工作总结会⟧</p><p>⟦l 下一篇：我所律师受邀为岑阳县中小企业开展合规培训⟧</p></div></article>
<aside><p>⟦w 咨询热线 0736-2219870　工作日 8:30-18:00⟧</p></aside>
<footer><p>⟦d 版权所有 © 砚川律师事务所　未经书面许可不得转载⟧</p><p>⟦m 湘ICP备21008874号⟧</p></footer>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
6月27日，砚川律师事务所党支部组织全体党员律师和入党积极分子赴岑阳县苇塘镇开展“法治进乡村”主题党日活动，为当地群众送去法律服务。
活动现场，党员律师们围绕土地承包经营权流转、婚姻家庭、农民工工资支付等群众关心的问题，采取“以案说法”的方式进行宣讲，发放《民法典》普法宣传册300余份。在随后的法律咨询环节，律师们耐心解答村民提出的各类法律问题，现场受理咨询42人次，帮助两户村民起草了土地流转合同。
苇塘镇党委副书记林晓航表示，律所党员律师送法下乡，有效满足了群众的法律需求，希望双方进一步深化合作，共同推进法治乡村建设。
砚川律师事务所党支部书记、主任律师韩立诚介绍，今年以来，律所党支部坚持把党建工作与业务发展深度融合，已组织开展公益法律服务活动11场，服务群众1600余人次。下一步，律所将与苇塘镇签订常年法律顾问协议，定期选派律师驻村坐班，让法律服务更好地惠及基层群众。
""",
    ),
]
