"""holdout254, part E: intranets, company sites, tender portals, trade associations and law
firms. Every case written by hand; all places, people, firms, sites, URLs and numbers are
invented. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="oa-hengxian-minutes-scoreboard-quality-flow-record",
        site="恒显协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.hengxian-dz.com/doc/view.do?id=HX20250515031",
        title="2025年第二季度记分牌质量分析会会议纪要",
        record_title="［会议纪要·内部］2025年第二季度记分牌质量分析会会议纪要 - 恒显协同办公",
        date="2025-05-14",
        date_also=["2025-05-15"],
        notes="an OA document view with a user bar, a left menu, a 'confirm received' button, read counts and its 流转"
        "记录; minutes with 时间/地点/主持/参会/记录 lines (the 时间 line is the date; the OA publish time differs); a "
        "document number neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>［会议纪要·内部］2025年第二季度记分牌质量分析会会议纪要 - 恒显协同办公</title>
<script src="/oa/js/hx-core.js"></script>
</head><body>
<div class="oa-top">⟦m 恒显协同办公平台⟧ <span>⟦m 当前用户：许** ｜ 质量部⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-left"><ul><li>⟦l 待办事项（3）⟧</li><li>⟦l 已办事项⟧</li><li>⟦l 公文管理⟧</li><li>⟦l 会议管理⟧</li><li>⟦l 通讯录⟧</li></ul></div>
<div class="oa-doc">
<div class="oa-dochead">
<h2>⟦t ［会议纪要·内部］2025年第二季度记分牌质量分析会会议纪要⟧</h2>
<p>恒显纪〔2025〕31号</p>
<p>⟦m 发布人：质量部　发布时间：2025-05-15 09:12　已读 37 人 / 未读 5 人⟧</p>
<p><button>⟦a 确认收悉⟧</button> <button>⟦a 转发同事⟧</button></p>
</div>
<div class="oa-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 温小葵（质量部）起草　05-14 17:40⟧</p>
<p>⟦l 庞季青（副总经理）审核同意　05-15 08:55⟧</p>
<p>⟦l 综合办 分发至各部门　05-15 09:12⟧</p></div>
</div>
<div class="oa-foot">⟦m 信息中心服务热线：分机 8066⟧　⟦d 本平台信息仅限公司内部使用，严禁截图外传。⟧</div>
</body></html>
""",
        body="""
时间：2025年5月14日14:30
地点：公司三楼第二会议室
主持：副总经理 庞季青
参会：质量部、生产部、技术部、售后服务部负责人及班组长共14人
记录：质量部 温小葵
会议通报了4月份以来客户反馈的记分牌质量问题，分析了原因，明确了整改措施。纪要如下：
一、问题情况。二季度共收到售后反馈21起，其中翻页式记分牌数字卡片脱落9起，电子记分牌按键失灵7起，显示屏局部不亮5起。
二、原因分析。卡片脱落主要是挂环焊点不牢；按键失灵与遥控器防水圈漏装有关。
三、整改措施。生产部6月1日前完成挂环焊接工艺调整；技术部更换遥控器密封件供应商；售后服务部对已售产品开展回访，免费更换问题配件。
四、下次会议于7月中旬召开，检查整改落实情况。
""",
    ),
    dict(
        slug="intranet-nianhu-bulletin-ladle-flash-doc",
        site="鲶湖日塑内网 (invented intranet, text export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/gonggao/detail.aspx?id=2291",
        title="关于注塑二车间水瓢产品批量毛边问题的通报",
        record_title="关于注塑二车间水瓢产品批量毛边问题的通报.doc",
        date="2025-10-09",
        notes="file-name record title (.doc); an intranet bulletin exported as text with a read counter, an 'internal "
        "only' notice and print/export buttons; a numbered list of sanctions; the title repeated glued before the addressee line; 成文日期 under the signature",
        page="""
!m 鲶湖日塑内网 · 公告栏
!t 关于注塑二车间水瓢产品批量毛边问题的通报.doc
!m 发布部门：质检部　　阅读次数：126　　附件：无
{BODY}
!a 〔打印〕　〔导出为PDF〕　〔返回列表〕
!d 本文件仅限公司内部传阅，请勿拍照外传。
!m 鲶湖日塑信息部维护　内线 6020
""",
        indent="\u3000\u3000",
        body="""
⟦t 关于注塑二车间水瓢产品批量毛边问题的通报⟧各车间、各部门：
10月7日，质检部在成品抽检中发现，注塑二车间生产的加厚款塑料水瓢（型号SP-220）批量存在手柄毛边、瓢口飞边问题，涉及产品1860只，已全部隔离返工，未流入市场。
经调查，问题原因是当班操作工更换模具后未按规定进行首件检验，且修边工序漏检。为严肃工艺纪律，公司决定：
1.对注塑二车间予以通报批评，扣减当月质量考核分10分；
2.当班班长写出书面检查，责任操作工停岗培训三天；
3.各车间立即开展一次首件检验制度执行情况自查，10月15日前将自查报告报质检部。
希望各单位引以为戒，严格执行工艺纪律，确保产品质量。
鲶湖日用塑料制品有限公司质检部
2025年10月9日
""",
    ),
    dict(
        slug="company-qiaoyi-recall-papercut-knives-batches",
        site="巧艺文具官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.qiaoyi-wenju.com/news/notice/2025081101.html",
        title="关于召回部分批次儿童安全剪纸刀的公告",
        record_title="【企业公告】关于召回部分批次儿童安全剪纸刀的公告｜巧艺文具官网",
        date="2025-08-11",
        notes="a company site with a cookie notice, a service float and a 400 order line beside the notice's own "
        "recall line; a batch table (one row a paragraph); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【企业公告】关于召回部分批次儿童安全剪纸刀的公告｜巧艺文具官网</title>
<link rel="stylesheet" href="/assets/qy-site.css">
<script src="/assets/qy-site.js"></script>
</head><body>
<header class="qy-h"><span class="logo">⟦m 巧艺文具 QIAOYI⟧</span>
<nav>⟦m 首页　产品中心　新闻中心　服务支持　关于巧艺⟧</nav>
<span class="tel">⟦m 订购热线：400-871-5520⟧</span></header>
<div class="qy-banner">⟦m 让每一双小手都安全地创造⟧</div>
<div class="qy-crumb">⟦m 首页 > 新闻中心 > 企业公告⟧</div>
<article class="qy-art">
<h1>{T}</h1>
<p class="qy-meta">⟦m 2025.08.11　｜　巧艺文具　｜　浏览 2376⟧</p>
{BODY}
</article>
<div class="qy-next">⟦l 下一条：巧艺文具亮相第十届珊阳文化用品博览会⟧</div>
<div class="qy-float">⟦w 在线客服 · 9:00-21:00⟧</div>
<div class="qy-cookie">⟦d 本网站使用Cookie改善浏览体验，继续浏览即视为同意。⟧<button>⟦a 我知道了⟧</button></div>
<footer class="qy-f">⟦m 珊阳巧艺文具有限公司　地址：珊阳市鹱城区工业园纬三路8号⟧<br>⟦m 湘ICP备20031752号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的消费者：
我公司近期在质量回访中发现，2025年5月至6月生产的部分批次“巧艺”儿童安全剪纸刀，刀头保护罩卡扣强度不足，使用中可能脱落，存在划伤风险。为保障消费者安全，我公司决定主动召回下列批次产品：
产品型号　生产批号　数量
QY-JZ03　20250512　3200把
QY-JZ03　20250603　2800把
QY-JZ05　20250618　1500把
请持有上述产品的消费者立即停止使用，可通过购买渠道退货，或寄回我公司免费更换。召回期间产生的运费由我公司承担。
召回咨询电话：0736-6617025（工作日8:30—17:30）
由此给您带来的不便，我们深表歉意。
珊阳巧艺文具有限公司
2025年8月11日
""",
    ),
    dict(
        slug="company-nianhu-news-food-grade-ladles-record-date",
        site="鲶湖日塑官网 (invented, text copy)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.nianhurisu.com/news/gsxw/1103.html",
        title="鲶湖日塑食品级水瓢系列通过检测",
        record_title="企业动态丨鲶湖日塑食品级水瓢系列通过检测 - 鲶湖日塑",
        record_date="2025-11-03",
        date="2025-11-03",
        notes="date given by the record (the byline agrees); a company news page as text with a column prefix and a "
        "- brand suffix in the record title; a product ad between paragraphs and a share line glued after the last",
        page="""
!m 鲶湖日塑 · 用心做好每一件日用品
!m 首页 / 新闻资讯 / 公司新闻
!t 企业动态丨鲶湖日塑食品级水瓢系列通过检测
!m 发布时间：2025-11-03　作者：品牌部
{BODY}
!l 相关新闻：公司新增两条自动化注塑生产线
!m 鲶湖日用塑料制品有限公司　全国统一客服：400-620-7713
!m Copyright © 2025 nianhurisu.com
""",
        indent="\u3000\u3000",
        body="""
近日，鲶湖日用塑料制品有限公司生产的食品接触用塑料水瓢系列产品，顺利通过省级产品质量检验机构的食品接触材料检测，迁移量、重金属等12项指标全部合格。
⟦a 【新品速览】防烫长柄水瓢，点击查看详情⟧
据介绍，该系列水瓢采用食品级聚丙烯原料，可耐受100℃开水，手柄加长并设计了防烫纹路，适合厨房舀水、舀汤使用。今年以来，公司投入80万元改造了两条注塑生产线，新增在线视觉检测设备，产品一次合格率从96.2%提升到99.1%。
目前，该系列产品已进入周边三个市的连锁超市，并通过电商平台销往全国。公司负责人表示，下一步将开发竹柄、葫芦造型等新款水瓢，把老物件的样子做进新产品里。⟦l 分享到：微信 微博 QQ⟧
""",
    ),
    dict(
        slug="tender-xichuan-result-scoreboard-lots-ca-line",
        site="熹川县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="http://ggzy.xichuan.gov.cn/jyxx/zfcg/zbgg/20250722/6018.html",
        title="熹川县全民健身中心体育馆电子记分牌采购项目中标结果公告",
        record_title="【中选结果】熹川县全民健身中心体育馆电子记分牌采购项目中标结果公告-熹川县公共资源交易网",
        date="2025-07-22",
        notes="a trading portal with CA-certificate and trading-system lines beside the purchaser's and agency's own "
        "contacts; a lot table (one row a paragraph); the notice's date under the signature; an announcement-period "
        "countdown box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【中选结果】熹川县全民健身中心体育馆电子记分牌采购项目中标结果公告-熹川县公共资源交易网</title>
<script src="/js/ggzy.js"></script>
</head><body>
<div class="jy-top">⟦m 熹川县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div class="jy-nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系　下载中心⟧</div>
<div class="jy-crumb">⟦m 交易信息 > 政府采购 > 结果公告⟧</div>
<h1>{T}</h1>
<div class="jy-meta">⟦m 信息来源：熹川县体育中心　访问次数：211⟧</div>
<div class="jy-count">⟦m 公示期剩余：0天 18小时 06分⟧</div>
<div class="jy-txt">
{BODY}
</div>
<div class="jy-side"><h4>⟦l 同类公告⟧</h4><ul><li>⟦l 县第二中学塑胶跑道改造项目招标公告⟧</li><li>⟦l 乡镇健身路径器材采购项目更正公告⟧</li></ul></div>
<div class="jy-foot">
<p>⟦m CA数字证书办理咨询：0739-6300111⟧</p>
<p>⟦m 电子交易系统技术支持：400-998-6207⟧</p>
<p>⟦m 主办：熹川县公共资源交易中心　湘ICP备15010268号⟧</p></div>
</body></html>
""",
        body="""
一、项目编号：XCCG-2025-0417
二、项目名称：熹川县全民健身中心体育馆电子记分牌采购项目
三、中标信息
包号　中标供应商　中标金额
1　珊阳恒显电子有限公司　46.80万元
2　翩岭县光点体育设施有限公司　11.25万元
四、主要标的：1包为体育馆主馆双面全彩记分屏两块及控制系统；2包为副馆翻页式记分牌二十块。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：熹川县体育中心　联系人：焦远帆　电话：0739-6322087
代理机构：珊阳诚信招标代理有限公司　联系人：骆晴　电话：0736-2219068
熹川县体育中心
2025年7月22日
""",
    ),
    dict(
        slug="tender-shanyang-inquiry-school-bats-items",
        site="珊阳市政府采购网 (invented, text copy)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.ccgp-shanyang.gov.cn/xjgg/2025/0303/14872.html",
        title="蝶口镇中心学校体育器材（乒乓球拍等）询价采购公告",
        record_title="［询价公告］蝶口镇中心学校体育器材（乒乓球拍等）询价采购公告 - 珊阳市政府采购网",
        date="2025-03-03",
        notes="a procurement page as text with an items table (one row a paragraph), the school's own contact beside "
        "the site's CA line and a bid button; 成文日期 under the signature (the page's date agrees)",
        page="""
!m 珊阳市政府采购网
!m 采购公告 > 询价公告 > 乡镇
!t ［询价公告］蝶口镇中心学校体育器材（乒乓球拍等）询价采购公告
!m 发布时间：2025-03-03 16:20　浏览：74
{BODY}
!a 我要报价（需供应商账号登录）
!m CA证书办理与驱动下载：0736-2301977
!m 珊阳市财政局主办　湘ICP备13007725号
""",
        body="""
蝶口镇中心学校拟对体育器材进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
序号　品名　规格　数量
1　乒乓球拍（横拍）　五层纯木底板成品拍　60副
2　乒乓球拍（直拍）　五层纯木底板成品拍　40副
3　训练用乒乓球　三星级，每盒100只　20盒
4　乒乓球网架　夹式可调节　10副
二、预算金额：1.2万元。
三、报价要求：请于3月10日17时前将密封报价单送至学校总务处，逾期不予受理。
四、联系人：文书岩　电话：0739-6551208
蝶口镇中心学校
2025年3月3日
""",
    ),
    dict(
        slug="assoc-shanyang-sports-goods-pledge-pistol-sales",
        site="珊阳市体育用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://www.syty-xh.org.cn/xhdt/2025/0903/207.html",
        title="发令枪安全销售与使用自律倡议书",
        record_title="【致会员单位】发令枪安全销售与使用自律倡议书 - 珊阳市体育用品行业协会",
        date="2025-09-02",
        notes="an association site with a member-login row and a member hotline; the association's name in the header "
        "is also the signature (matched as head); 成文日期 in Chinese numerals",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【致会员单位】发令枪安全销售与使用自律倡议书 - 珊阳市体育用品行业协会</title>
<script src="/static/xh.js"></script>
</head><body>
<div class="xh-top">⟦a 会员单位登录 ｜ 申请入会 ｜ 会费查询⟧</div>
<div class="xh-logo">⟦m 珊阳市体育用品行业协会⟧</div>
<div class="xh-nav">⟦m 协会概况　协会动态　行业自律　会员名录　政策法规　联系我们⟧</div>
<div class="xh-crumb">⟦m 首页 » 行业自律⟧</div>
<div class="xh-art">
<h1>⟦t 【致会员单位】发令枪安全销售与使用自律倡议书⟧</h1>
<p class="xh-meta">⟦m 发布：协会秘书处　阅读：349⟧</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="xh-side">⟦l 协会动态：第三届理事会第四次会议召开⟧</div>
<div class="xh-foot">⟦m 会员服务热线：0736-2290315⟧<br>⟦m 地址：珊阳市鹱城区体育路3号　湘ICP备19018834号⟧</div>
</body></html>
""",
        body="""
全市体育用品经营单位：
发令枪和发令弹虽是体育器材，但使用不当也会伤人。近年来，个别商户把发令枪当作玩具向未成年人销售，个别网店随意邮寄发令弹，存在安全隐患。为此，本会向全体会员单位发出如下倡议：
一、守住销售底线。发令枪、发令弹只向学校、体育场馆和赛事组织单位销售，不向未成年人销售，不在店外随意展示试枪。
二、规范储存运输。发令弹单独存放，远离火源，不与普通商品混装邮寄。
三、做好使用提示。随货附送安全使用说明，提醒购买单位明确专人保管。
四、主动接受监督。发现违规销售行为，请向协会秘书处反映。
让我们携起手来，共同营造安全、规范的体育用品市场环境。
珊阳市体育用品行业协会
二〇二五年九月二日
""",
    ),
    dict(
        slug="assoc-facilities-minutes-scoreboard-standard-record",
        site="珊阳市体育设施行业协会 (invented, text copy)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.sytyss.org.cn/dt/0627.html",
        title="珊阳市体育设施行业协会记分牌团体标准研讨会纪要",
        record_date="2025-06-26",
        date="2025-06-26",
        notes="title and date given by the record; minutes with 时间/地点/主持/出席/记录 lines; an association page as "
        "text with a member hotline and a 'past minutes' link",
        page="""
!m 珊阳市体育设施行业协会
!m 协会动态
{T}
!m 发布：秘书处　浏览 88
{BODY}
!l 往期纪要：协会第二届会员大会纪要
!m 协会秘书处电话：0736-2275406
!m 珊阳市体育设施行业协会 版权所有
""",
        body="""
时间：2025年6月26日上午9:30
地点：协会会议室
主持：协会副会长 阚晓川
出席：会员单位代表11人，特邀专家2人
记录：协会秘书处 贝若楠
会议围绕《体育场馆用电子记分牌》团体标准草案进行了研讨。纪要如下：
一、与会代表认为，制定团体标准很有必要，可解决目前市场上记分牌尺寸、亮度、接口各不相同的问题。
二、会议建议草案补充户外记分牌防水等级和抗风要求，并增加翻页式记分牌卡片字号的推荐值。
三、会议同意由恒显电子、光点体育两家单位牵头修改草案，8月底前形成征求意见稿。
""",
    ),
    dict(
        slug="lawfirm-luhe-case-pistol-fright-school-liability",
        site="珊阳律和律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.luhelaw.cn/anli/jiaoyu/20251020.html",
        title="运动会上发令枪惊吓致学生受伤，学校要担责吗？",
        record_title="【校园伤害案例】运动会上发令枪惊吓致学生受伤，学校要担责吗？｜珊阳律和律师事务所",
        date="2025-10-20",
        notes="a law firm with a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; the "
        "byline's 发布时间 is the page's date; bracketed case sections",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【校园伤害案例】运动会上发令枪惊吓致学生受伤，学校要担责吗？｜珊阳律和律师事务所</title>
<script src="/js/luhe.js"></script>
</head><body>
<div class="lh-top">⟦m 珊阳律和律师事务所⟧ <span>⟦m 专注教育与人身损害纠纷⟧</span> <span>⟦m 全国咨询：400-060-2818⟧</span></div>
<div class="lh-nav">⟦m 首页　律所简介　律师团队　以案说法　法律文书　联系我们⟧</div>
<div class="lh-art">
<h1>{T}</h1>
<p class="lh-meta">⟦m 发布时间：2025-10-20　作者：符砚秋律师　阅读：1138⟧</p>
{BODY}
<div class="lh-link">⟦m 本文链接：https://www.luhelaw.cn/anli/jiaoyu/20251020.html⟧</div>
<div class="lh-rp">⟦d 转载请注明出处，本文不构成对具体案件的法律意见。⟧</div>
</div>
<div class="lh-card">⟦m 符砚秋　执业律师　执业年限 12 年　擅长：校园伤害、人身损害⟧</div>
<div class="lh-float">⟦w 案情不同结果不同？点我一对一问律师⟧</div>
<div class="lh-foot">⟦m © 珊阳律和律师事务所　湘ICP备21002246号⟧</div>
</body></html>
""",
        body="""
【案情】某小学举行秋季运动会，体育教师在起跑线旁试枪时，未提醒周围学生，一名二年级学生受惊后退，摔倒在跑道边沿，造成左臂骨折。家长要求学校赔偿医疗费等各项损失，学校认为是学生自己摔倒，不同意赔偿。
【分析】根据民法典的有关规定，无民事行为能力人或者限制民事行为能力人在学校学习、生活期间受到人身损害，学校未尽到教育、管理职责的，应当承担相应责任。本案中，教师在学生密集处试枪，既未设置隔离区域，也未事先提醒，存在明显过失。
【结果】经调解，学校承担主要赔偿责任；家长未如实告知孩子易受惊吓的情况，自担少部分损失。
【律师提示】学校使用发令枪应指定专人、划定发令区域，试枪须避开学生，并提前告知。
""",
    ),
    dict(
        slug="lawfirm-luhe-text-letter-fake-papercut-knives",
        site="珊阳律和律师事务所 (invented, text copy)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="https://www.luhelaw.cn/wenshu/zhichan/1028.html",
        title="关于要求立即停止销售仿冒“巧艺”剪纸刀产品的律师函",
        record_title="【知产维权】关于要求立即停止销售仿冒“巧艺”剪纸刀产品的律师函 - 律和律师事务所",
        date="2025-10-28",
        notes="a lawyer's letter on a law firm's site as text: a firm slogan line, a document-samples breadcrumb, a "
        "free-consult line and a redaction notice; 成文日期 under the signature",
        page="""
!m 珊阳律和律师事务所 · 知识产权 · 合同纠纷 · 校园伤害
!m 首页 > 法律文书 > 知识产权
!t 【知产维权】关于要求立即停止销售仿冒“巧艺”剪纸刀产品的律师函
!m 整理：律和文书中心　阅读 402
{BODY}
!d 说明：本站文书范例已隐去当事人信息，仅供参考。
!w 需要代写律师函？免费咨询 400-060-2818
!l 上一篇：商标侵权和解协议（范本）
""",
        indent="\u3000\u3000",
        body="""
鹱城区某文具批发部：
珊阳律和律师事务所接受珊阳巧艺文具有限公司（以下简称“委托人”）的委托，指派本所律师就贵方销售仿冒委托人剪纸刀产品一事，郑重致函如下：
委托人是“巧艺”注册商标的权利人，其生产的儿童安全剪纸刀在市场上具有较高知名度。经委托人调查，贵方在经营场所及网店销售的剪纸刀，使用了与委托人商标近似的标识和相同的包装装潢，足以造成消费者混淆。
上述行为已涉嫌侵犯委托人的注册商标专用权。现特函告贵方：自收到本函之日起，立即停止销售上述产品，并于七日内与本所律师联系，协商处理后续事宜。否则，委托人将依法追究贵方的法律责任。
特此函告。
珊阳律和律师事务所
律师：符砚秋
2025年10月28日
""",
    ),
]
