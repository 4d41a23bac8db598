"""Holdout5, part G: organisations — an enterprise OA export with approval trail, a
state-enterprise portal, a mobile office app's share page, a forwarded mail, a trade
association, a procurement portal's result notice, a residents' committee page, a
training school and a law firm's article. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="oa-export-lanhai-minutes-approval-trail",
        site="岚海集团协同办公系统 导出 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://oa.lanhai-group.example.com/seeyon/collaboration.do?method=print&id=-7713290412",
        title="岚海集团2024年第三季度安全生产例会纪要",
        record_title="【已办】岚海集团2024年第三季度安全生产例会纪要",
        date="2024-10-10",
        notes="OA export: 流程编号/发起人/密级 header, 【已办】 decoration, the minutes with 参会人员 and numbered items, then the "
        "approval trail (审批意见, 同意, timestamps) and 打印人/打印时间 footer",
        page="""
!m 岚海集团协同办公平台　　打印预览
!m 流程编号：AQ-2024-0931　　发起人：安全环保部 邢立　　密级：内部
!t 【已办】岚海集团2024年第三季度安全生产例会纪要
{BODY}
!m 处理意见：
!m 安全环保部 部长 魏长河　同意。　2024-10-11 09:12
!m 分管领导 副总经理 庞宇　已阅，请各单位抓好落实。　2024-10-11 15:40
!m 打印人：邢立　打印时间：2024-10-12 08:55:21
""",
        body="""
时间：2024年10月10日
地点：集团总部第一会议室
主持：集团副总经理　庞宇
参会人员：集团安全环保部、生产运营部负责人，各子公司安全总监
会议通报了第三季度集团安全生产情况，分析了当前存在的问题，部署了第四季度重点工作。纪要如下：
一、第三季度集团未发生一般及以上生产安全事故，但发生轻伤事故2起，暴露出部分单位现场管理不到位的问题。
二、各子公司要在10月底前完成冬季“四防”（防火、防冻、防滑、防中毒）专项检查，检查结果报集团安全环保部。
三、集团将于11月组织开展安全生产标准化达标复评，对复评不合格的单位实行安全生产“一票否决”。
""",
    ),
    dict(
        slug="soe-guotou-zheyang-news-party-building",
        site="柘阳国投集团 (invented state enterprise)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zyguotou.example.com/news/qydt/2024/0628/4412.html",
        title="柘阳国投集团召开庆祝建党103周年暨“七一”表彰大会",
        record_title="柘阳国投集团召开庆祝建党103周年暨“七一”表彰大会-企业动态-柘阳国投集团",
        record_date="2024-06-28",
        date="2024-06-28",
        notes="state-enterprise site (HTML): 集团概况/党的建设/企业动态 nav, an English sub-nav, a 廉洁举报 box, a "
        "信息发布 line, 返回列表; body with the 表彰 list",
        page="""
<html><head><meta charset="utf-8"><title>柘阳国投集团召开庆祝建党103周年暨“七一”表彰大会-企业动态-柘阳国投集团</title></head><body>
<div class="hd">⟦m 柘阳市国有资本投资运营集团有限公司　ZHEYANG STATE CAPITAL⟧</div>
<div class="nav">⟦m 集团概况　党的建设　企业动态　投资业务　人才招聘⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 信息发布：党群工作部　2024-06-28　浏览：512⟧</div>
<div class="article">
{BODY}
</div>
<div class="back">⟦a 返回列表⟧</div>
<div class="jubao">⟦w 廉洁举报邮箱：lianjie@zyguotou.example.com⟧</div>
<div class="ft">⟦m 柘阳国投集团 版权所有 赣ICP备19007312号-1⟧</div>
</body></html>
""",
        body="""
6月28日，柘阳国投集团召开庆祝中国共产党成立103周年暨“七一”表彰大会，回顾党的光辉历程，表彰先进典型。集团党委书记、董事长华振宇出席会议并讲话。
会议表彰了一批先进基层党组织、优秀共产党员和优秀党务工作者。其中，集团工程管理公司党支部等3个党组织被评为先进基层党组织，唐诗远等12名同志被评为优秀共产党员。
会议强调，全集团各级党组织要充分发挥战斗堡垒作用，推动党建工作与生产经营深度融合，为国有资本保值增值提供坚强保证。
""",
    ),
    dict(
        slug="mobileoffice-dingyun-share-notice",
        site="钉云办公 APP 分享 (invented)",
        style="范文APP",
        genre="通知",
        kind="notice",
        form="text",
        source="https://h5.dingyun.example.com/share/notice/7c1e2f90",
        title="关于国庆节放假及值班安排的通知",
        record_title="关于国庆节放假及值班安排的通知",
        date="2024-09-27",
        notes="mobile office app share: '下载钉云，查看完整公告' banners, 已读/未读 counts, a 公告 tag, a duty table in the "
        "body, the notice's own 值班电话 kept; the sender's company and date as signature",
        page="""
!a 下载钉云APP，高效办公从这里开始　　打开
!m 公告 · 汀澜智造科技有限公司
{T}
!m 行政人事部 发布于 09-27 16:02　　已读 186　未读 12
{BODY}
!a 下载钉云，查看完整公告及附件
""",
        body="""
全体员工：
根据国家法定节假日安排，结合公司生产实际，现将2024年国庆节放假及值班安排通知如下：
一、放假时间：10月1日至10月7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）正常上班。
二、值班安排：
日期｜值班领导｜值班人员
10月1日—10月3日｜任向东｜孟菲、龙俊
10月4日—10月7日｜秦雅琴｜卢晨、田野
三、放假前，各部门要做好安全检查，关闭门窗和电源。值班电话：0735-2290188。
汀澜智造科技有限公司
2024年9月27日
""",
    ),
    dict(
        slug="mail-forward-xiushan-request-headers",
        site="政务邮箱 转发邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="notice",
        form="text",
        source="mailto:bgs@xiushan.example.gov.cn?msgid=20240412-0931",
        title="关于申请召开全县春季造林绿化现场推进会的请示",
        record_title="Fw: 关于申请召开全县春季造林绿化现场推进会的请示",
        date="2024-04-11",
        notes="forwarded mail: 发件人/收件人/抄送/时间/主题 headers of the mail (chrome) and the document's own 附件 line "
        "(body); a mail-client footer and a '该邮件已安全扫描' notice",
        page="""
!m -------- 转发的邮件 --------
!m 发件人："县林业局办公室" <lyj_bgs@xiushan.example.gov.cn>
!m 发送时间：2024年4月12日(星期五) 上午9:31
!m 收件人："县政府办公室" <bgs@xiushan.example.gov.cn>
!m 抄送：hexm@xiushan.example.gov.cn
!m 主题：Fw: 关于申请召开全县春季造林绿化现场推进会的请示
{BODY}
!d 该邮件已通过安全扫描，未发现病毒。
!m 发自政务云邮箱 Android 版
""",
        date_also=["2024-04-12"],
        body="""
县人民政府：
为全面完成今年造林绿化任务，总结推广典型经验，我局拟于4月下旬在凤栖镇召开全县春季造林绿化现场推进会。
会议拟请分管副县长出席并讲话，参会人员为各乡镇分管领导、林业站站长，县直有关单位负责人，共约80人。会期半天，会议经费从部门预算中列支。
妥否，请批示。
附件：全县春季造林绿化现场推进会议程（代拟稿）
岫山县林业局
2024年4月11日
""",
    ),
    dict(
        slug="association-logistics-canglan-initiative",
        site="沧岚市物流与采购协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.clwlxh.example.org.cn/xhgg/2024/0905/188.html",
        title="关于规范货运车辆安全运营的倡议书",
        record_title="关于规范货运车辆安全运营的倡议书_协会公告",
        date="2024-09-05",
        notes="association page: 会员单位/入会须知/证书查询 nav, 协会公告 column suffix in the record title, a 会员服务 "
        "hotline, an 加入协会 banner between two paragraphs",
        page="""
!m 沧岚市物流与采购协会　会员单位　入会须知　证书查询
!m 首页 » 协会公告
{T}
!m 发布时间：2024-09-05　来源：协会秘书处
{BODY}
!w 会员服务热线：0716-2281966（工作日）
!d Copyright© 沧岚市物流与采购协会 All Rights Reserved
""",
        body="""
全市物流企业、货运从业人员：
近期，全市发生多起货运车辆超载、疲劳驾驶引发的交通事故，教训深刻。为进一步规范货运车辆安全运营，协会向全体会员单位和从业人员发出如下倡议：
一、严守法规，杜绝超限超载，坚决做到不超载、不超速、不疲劳驾驶。
⟦a 诚邀优秀物流企业加入协会　点击申请入会>>⟧
二、落实主体责任，企业要健全车辆动态监控制度，定期开展驾驶员安全教育。
三、文明行车，礼让行人，共同营造安全有序的道路交通环境。
沧岚市物流与采购协会
2024年9月5日
""",
    ),
    dict(
        slug="procurement-tingjiang-result-notice",
        site="汀江县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.tingjiang.example.gov.cn/cgjg/2024/1015/3317.html",
        title="汀江县人民医院医用耗材集中采购项目中标结果公告",
        record_title="汀江县人民医院医用耗材集中采购项目中标结果公告",
        date="2024-10-15",
        notes="procurement result notice: 项目编号 and a 中标信息 table in the body, the notice's own 联系方式 section with "
        "names and phones (body) next to the portal's 技术支持 hotline (chrome), 公告期限, 我要质疑 button",
        page="""
!m 汀江县政府采购网 > 采购结果 > 中标（成交）公告
{T}
!m 公告时间：2024-10-15 16:20　　浏览：146
!a 【我要质疑】【收藏】【打印】
{BODY}
!w 平台技术支持热线：400-886-1022
!l 同类公告：汀江县第二中学多媒体设备采购项目更正公告
""",
        body="""
一、项目编号：TJCG-2024-0871
二、项目名称：汀江县人民医院医用耗材集中采购项目
三、中标信息
包号｜供应商名称｜中标金额（元）
1｜汀澜医疗器械有限公司｜1,286,500.00
2｜鹤泽康华医药有限公司｜942,300.00
四、公告期限：自本公告发布之日起1个工作日。
五、凡对本次公告内容提出询问，请按以下方式联系。
采购人：汀江县人民医院，联系人：吴丹，电话：0797-2213345。
采购代理机构：汀江诚信招标代理有限公司，联系人：方洁，电话：0797-2230698。
""",
    ),
    dict(
        slug="residents-committee-qiaoling-notice-board",
        site="峤岭区东门社区居委会 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.dongmen-sq.example.com/tzgg/215.html",
        title="关于开展2025年度城乡居民医保集中参保缴费的通知",
        record_title=None,
        date="2024-10-08",
        notes="community page without record title: 社区概况/便民服务 nav, the notice's own 咨询电话 and 缴费方式 list (body), "
        "the community office hours line and 网格员 contact box (chrome), a 网格员 card between paragraphs",
        page="""
!m 东门社区 · 居民之家
!m 社区概况 | 党建引领 | 便民服务 | 通知公告
{T}
!m 2024-10-08　社区居委会
{BODY}
!m 社区办公时间：周一至周五 8:30-12:00　14:30-17:30
!w 网格员联系方式请点击“网格地图”查询
""",
        body="""
各位居民：
2025年度城乡居民基本医疗保险集中参保缴费工作已经开始，现将有关事项通知如下：
一、缴费时间：2024年9月1日至12月31日。
二、缴费标准：每人每年400元。
⟦w 本网格网格员：夏敏　手机：138****6621⟧
三、缴费方式：1.通过“湘税社保”微信小程序缴纳；2.到社区党群服务中心现场办理；3.到银行网点柜台缴纳。
四、特困人员、低保对象等由政府按规定给予资助。
咨询电话：0716-8826153（东门社区居委会）。
东门社区居民委员会
2024年10月8日
""",
    ),
    dict(
        slug="training-yuxue-plan-course-ads",
        site="育学教育培训学校 (invented)",
        style="培训机构",
        genre="工作计划",
        kind="other",
        form="text",
        source="https://www.yuxueedu.example.com/news/2024/0301/77.html",
        title="育学教育培训学校2024年安全工作计划",
        record_title="育学教育培训学校2024年安全工作计划",
        date="2024-03-01",
        notes="training school: course ads on their own lines at the top and between two paragraphs (春季班火热报名中), 免费试听 "
        "prompt, 校区地址 footer, the plan's own numbered list",
        page="""
!a 春季班火热报名中！一对一、小班课免费试听，名额有限
!m 育学教育 > 学校新闻
{T}
!m 2024-03-01　|　教务处
{BODY}
!w 报名咨询：0798-8219000　微信：yuxue_edu2010
!m 校区地址：鹤泽市新华路66号育学大厦三楼
""",
        body="""
为切实做好学校安全工作，保障学员和教职工生命财产安全，结合学校实际，制定本计划。
一、健全安全责任体系。校长为安全工作第一责任人，各教学点负责人为直接责任人，层层签订安全责任书。
二、加强安全隐患排查。每月开展一次消防、用电、教学设施安全检查，每学期组织一次消防疏散演练。
⟦a 【暑期集训营】报名即送教材大礼包→⟧
三、加强接送管理。严格执行学员签到签退制度，未成年学员必须由家长接送。
四、加强食品卫生管理。严格落实午餐供应商资质审查和食品留样制度。
育学教育培训学校
2024年3月1日
""",
    ),
    dict(
        slug="lawfirm-hengzheng-article-disclaimer",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.hengzhenglaw.example.com/article/1288.html",
        title="农村土地承包经营权流转需要注意哪些问题",
        record_title="农村土地承包经营权流转需要注意哪些问题 | 衡正律师事务所",
        date=None,
        notes="law firm: 撰稿 line, a 免费咨询 hotline and a 律师团队 box after the text; the article's own 法律依据 line "
        "kept; a 不构成法律意见 notice",
        page="""
!m 衡正律师事务所　专注农村与土地法律事务
!m 首页 / 律所观点 / 土地纠纷
{T}
!m 撰稿：衡正律师事务所　邹文斌 律师
{BODY}
!d 声明：本文仅为普法之用，不构成对具体案件的法律意见。
!w 免费法律咨询热线：400-700-1808
!l 律师团队：邹文斌　陈淑华　叶青松
""",
        body="""
随着农业适度规模经营的发展，农村土地承包经营权流转越来越普遍，流转中的纠纷也随之增多。流转双方应当注意以下问题：
一是流转要签订书面合同。合同应当写明流转土地的位置、面积、期限、价款及支付方式、违约责任等内容。
二是流转期限不得超过承包期的剩余期限。
三是不得改变土地的农业用途，不得破坏农业综合生产能力和农业生态环境。
法律依据：《中华人民共和国农村土地承包法》第三十八条、第四十条。
""",
    ),
    dict(
        slug="enterprise-lanhai-speech-print-view",
        site="岚海集团官网 打印版 (invented)",
        style="打印页",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.lanhai-group.example.com/print.php?id=2210",
        title="在集团2025年工作会议上的讲话",
        record_title="在集团2025年工作会议上的讲话[打印版]",
        date="2025-01-18",
        notes="print view: [打印版] suffix, 打印本页/关闭 row, the page URL printed at the top and bottom, the printer's date "
        "stamp, a speaker and date line under the title (neutral)",
        page="""
!m https://www.lanhai-group.example.com/news/2210.html
!a [打印本页]　[关闭窗口]
{T}
集团党委书记、董事长　罗启航
（2025年1月18日）
{BODY}
!m 文章来源：岚海集团党委办公室
!m 打印时间：2025/1/20 上午10:05:17　第 1 页，共 1 页
""",
        body="""
同志们：
这次会议的主要任务是总结2024年工作，分析当前形势，部署2025年重点任务。
2024年，集团实现营业收入186亿元，同比增长9.3%；利润总额12.4亿元，同比增长7.1%，圆满完成年度经营目标。
2025年，我们要重点抓好三件事：一是稳增长，确保营业收入突破200亿元；二是促转型，加快新能源和数字物流板块发展；三是防风险，守住不发生重大安全、环保和债务风险的底线。
同志们，让我们坚定信心、团结奋斗，奋力开创集团高质量发展新局面！
""",
    ),
]
