"""holdout375, part E: a residents' site, associations, companies, training schools, writing apps, an exam
forum.

Invented text; see ../README.md and ../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="community-yanyuan-shared-scrapers-wrapped",
        site="阎园社区 (invented residents' site), text",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yanyuan.fanlingsq.cn/gg/2024/1202/58.html",
        title="阎园社区关于在小区停车场设置共享除冰铲的通知",
        date="2024-12-02",
        notes="record title as is; text hard-wrapped at 68 columns; the community's own 咨询电话 beside the property's "
        "duty line and a grid worker's mobile; signature date",
        page="""
!m 阎园社区　·　矾岭县阎家店镇
!m 社区公告 ＞ 通知
{T}
!m 发布：社区居委会　　浏览：356
{BODY}
!m 网格员　贾晓燕　15947026683
!m 阎园物业值班电话：0470-5129988
!l 往期公告：关于冬季供暖问题集中受理的通知
!m 阎园社区居民委员会　版权所有
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
各位居民朋友：
入冬以来，不少居民反映早上出门时找不到除冰工具，有人用铁锹、钥匙刮车窗，既损坏玻璃又不安全。经社区“两委”与阎园物业协商，决定在小区停车场设置共享除冰铲，现将有关事项通知如下：
一、设置地点：小区南门、北门停车场入口处各设一个共享工具箱，每箱放置塑料除冰铲10把、雪刷5把。
二、使用方式：居民自行取用，用完后放回原处。工具箱每天早上6:30开启，晚上8:00关闭。
三、爱护工具：请勿将除冰铲带回家或挪作他用；发现工具损坏的，请告知物业及时补充。
四、温馨提示：刮冰前请先启动车辆暖风，待冰层软化后再铲除，切勿用开水浇玻璃。
咨询电话：阎园社区居委会 0470-5129063。
阎园社区居民委员会
2024年12月2日
""",
    ),
    dict(
        slug="association-quyang-pledge-basket-load-labels",
        site="朐阳市厨柜五金行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.qycgwj.org.cn/xhdt/2024/0620/132.html",
        title="关于在拉篮产品上规范标注额定承重的倡议书",
        record_title="〈协会倡议〉关于在拉篮产品上规范标注额定承重的倡议书 · 朐阳市厨柜五金行业协会",
        date="2024-06-18",
        date_also=["2024-06-20"],
        notes="association page with member login and a member hotline; the association's name at the top is also "
        "the signature and stands in a sentence (matched as head); signature date expected, posting date also",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〈协会倡议〉关于在拉篮产品上规范标注额定承重的倡议书 · 朐阳市厨柜五金行业协会</title>
</head><body>
<div class="xh-top"><span>⟦m 朐阳市厨柜五金行业协会⟧</span>　⟦a 会员单位登录　入会申请⟧</div>
<div class="xh-nav">⟦m 协会首页　协会概况　协会动态　行业标准　会员风采⟧</div>
<div class="xh-pos">⟦m 首页 ➤ 协会动态 ➤ 倡议书⟧</div>
<div class="xh-art"><h2>{T}</h2>
<p class="xh-info">⟦m 发布日期：2024-06-20　　来源：协会秘书处　　点击：403⟧</p>
<div class="xh-con">
{BODY}
</div></div>
<div class="xh-side"><h4>⟦l 协会通知⟧</h4><p>⟦l 关于召开2024年会员代表大会的预通知⟧</p><p>⟦l 厨柜五金产品质量提升培训班开班⟧</p></div>
<div class="xh-ft">⟦m 会员服务专线：0593-6066187⟧　⟦m 协会地址：朐阳市逖湖区五金城管委会大楼5楼⟧　⟦m 闽ICP备18021905号⟧</div>
</body></html>
""",
        body="""
全市各会员单位及厨柜五金生产企业：
近年来，因拉篮超载变形、脱落引发的消费投诉时有发生，部分产品未标注额定承重或标注与实际不符，既损害消费者权益，也影响行业声誉。为此，朐阳市厨柜五金行业协会向全行业发出如下倡议：
一、在每一件拉篮产品的篮体或滑轨显著位置，用不易磨损的方式标注额定承重。
二、标注数值须经实际检测，不得虚标、夸大。
三、在产品说明书和包装上同时注明安装要求和使用注意事项。
四、各会员单位互相监督，发现虚标承重的，及时向协会反映。
让我们共同行动，以诚信经营赢得消费者信任！
朐阳市厨柜五金行业协会
2024年6月18日
""",
    ),
    dict(
        slug="association-yuchuan-minutes-guasha-standard-vote",
        site="臾川县中医药养生保健协会 (invented), text",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.ycyszx.org/tzgg/2024/0428/41.html",
        title="臾川县中医药养生保健协会第二届理事会第四次会议纪要",
        date="2024-04-26",
        notes="record title as is; the 时间/地点/主持/参会/记录 lines of minutes and a vote count; the date from the 时间 "
        "line; a member-login line and a member hotline",
        page="""
!m 臾川县中医药养生保健协会
!m 首页 / 协会公告 / 会议纪要
{T}
!m 发布：秘书处　　浏览：167
{BODY}
!a 会员单位请登录后下载本纪要附件
!m 协会会员服务电话：0593-7341866
!m 臾川县中医药养生保健协会　版权所有
""",
        indent="\u3000\u3000",
        body="""
时间：2024年4月26日上午9:00
地点：臾川县中医院四楼会议室
主持：协会会长佘宏远
参会：协会理事21人，监事2人
记录：协会秘书处倪小青
会议听取了秘书处关于会员单位刮痧服务情况的调查汇报：全县47家会员单位中，有39家提供刮痧服务，其中14家存在刮痧板多人共用、消毒记录不全等问题。
会议审议了《会员单位刮痧服务规范（试行）》，明确会员单位刮痧板一律一人一板，水牛角、砭石等材质的刮痧板须标明来源，并建立消毒登记制度。
会议对该规范进行了表决：应到理事21人，实到21人，赞成20票，反对0票，弃权1票，规范获得通过，自6月1日起施行。
会议要求秘书处于5月底前组织一次会员单位培训。
""",
    ),
    dict(
        slug="company-anyan-recall-coil-holder-batches",
        site="安焰家居 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.anyan-home.com/news/notice/2024061201.html",
        title="安焰牌AY-08型防火蚊香盘召回公告",
        record_title="安焰牌AY-08型防火蚊香盘召回公告｜新闻中心｜安焰家居",
        date="2024-06-12",
        notes="company page with a cookie notice, a 400 order line and a service float; a batches table one row a "
        "paragraph (production dates inside it); the recall line beside the order line; scanning a box's QR code "
        "as content; signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>安焰牌AY-08型防火蚊香盘召回公告｜新闻中心｜安焰家居</title>
</head><body>
<div class="ck">⟦d 我们使用 Cookie 改善浏览体验，继续浏览即表示同意。⟧ <button>⟦a 知道了⟧</button></div>
<header><span class="brand">⟦m 安焰家居 ANYAN⟧</span><nav>⟦m 首页　产品中心　新闻中心　服务支持　关于安焰⟧</nav>
<span class="tel">⟦m 订购热线 400-855-0617⟧</span></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<article><h1>{T}</h1>
<p class="meta">⟦m 浏览次数：2741⟧</p>
<div class="news-con">
{BODY}
</div></article>
<div class="float-kf">⟦w 在线客服 · 点我咨询⟧</div>
<footer>⟦m 稠溪县安焰家居用品有限公司　闽ICP备19031172号-1⟧ ⟦m 地址：稠溪县佘口镇工业园区兴业路6号⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
近日，我公司在产品回访中发现，2024年4月至5月生产的部分AY-08型防火蚊香盘，防护罩卡扣存在焊接不牢的问题，使用中防护罩可能脱落，存在烫伤和引燃周围物品的风险。为保障消费者安全，我公司决定主动召回上述产品。
召回范围如下：
生产批号　生产日期　数量（只）
AY08-2404A　2024年4月3日至4月18日　6200
AY08-2405B　2024年5月6日至5月24日　7850
消费者可查看产品底部的批号，也可扫描包装盒上的二维码，查询所购产品是否在召回范围内。在召回范围内的产品，请立即停止使用，我公司将免费更换新品并承担往返运费。
召回服务电话：0593-6288106（每天8:00—20:00）。
稠溪县安焰家居用品有限公司
2024年6月12日
""",
    ),
    dict(
        slug="company-bingyuan-product-page-scraper-text",
        site="冰原车品官网 (invented), text",
        style="企业官网",
        genre="产品介绍",
        kind="other",
        form="text",
        source="https://www.bingyuan-auto.com/product/y3.html",
        title="冰原Y3伸缩式除冰铲",
        record_title="冰原Y3伸缩式除冰铲【新品·现货】- 冰原车品官网",
        date=None,
        notes="product page as text: price and buy buttons, a 400 order line, listing stamp '1 个月前' (no date)",
        page="""
!m 冰原车品　·　冬季用车装备专家
!m 首页 ＞ 产品中心 ＞ 除冰除雪
{T}
!m 型号：BY-Y3　　上架：1 个月前　　已售 8,316 件
!a 加入购物车　　立即购买　　收藏商品
{BODY}
!l 搭配购买：冰原防冻玻璃水 -40℃　　冰原挡风玻璃防冻罩
!m 全国订购热线：400-677-3521
!m 矾岭县冰原汽车用品有限公司　蒙ICP备21001276号
""",
        indent="",
        body="""
冰原Y3伸缩式除冰铲专为北方严寒地区设计，可在零下40摄氏度环境中正常使用。
铲头采用黄铜刃口和耐寒尼龙铲身，铜的硬度低于汽车玻璃，刮冰快又不留划痕。铲头背面设有破冰齿，遇到厚冰层可先用破冰齿划开，再用刃口推除。
手柄可在55厘米至92厘米之间伸缩，另一端配有软毛雪刷，越野车、面包车的挡风玻璃也能一次清扫到位。
产品通过了零下40摄氏度低温冲击试验，铲身连续使用三个冬季不脆裂。
使用提示：请勿用于刮除车漆表面的冰雪，刮冰时请沿同一方向推动。
""",
    ),
    dict(
        slug="training-qihuang-brochure-guasha-course-table",
        site="岐黄堂职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qihuangtang-px.com/zhaosheng/gsbj.html",
        title="岐黄堂职业培训学校刮痧保健师周末班招生简章",
        record_title="〔双休精品班〕岐黄堂职业培训学校刮痧保健师周末班招生简章（零基础入门·结业发证）",
        date=None,
        notes="training school page: promo banner, a franchise line, a consult float; a course table one row a "
        "paragraph; the school's own 报名电话; scanning a poster's QR code to sign up as content; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔双休精品班〕岐黄堂职业培训学校刮痧保健师周末班招生简章（零基础入门·结业发证）</title>
</head><body>
<div class="px-banner">⟦a 暑期报名立减300元，老学员推荐再送艾灸盒一个！⟧</div>
<div class="px-head">⟦m 岐黄堂职业培训学校⟧　⟦m 人社部门备案的民办职业培训机构⟧</div>
<div class="px-nav">⟦m 学校首页　课程设置　师资团队　学员风采　报名咨询⟧</div>
<div class="px-main"><h1>{T}</h1>
<div class="px-con">
{BODY}
</div></div>
<div class="px-join">⟦m 全国招商加盟热线：400-992-6180⟧</div>
<div class="px-float">⟦w 课程顾问在线，点击免费领取试听名额⟧</div>
<div class="px-ft">⟦m 岐黄堂职业培训学校　地址：臾川县城关镇新兴街102号　闽ICP备21009908号⟧</div>
</body></html>
""",
        body="""
一、培训对象
年满18周岁、身体健康、有志从事中医保健服务的人员，零基础可报。
二、课程安排
课程模块　课时　主要内容
经络腧穴基础　16　常用经络走向和穴位定位
刮痧手法实训　32　持板方法、补泻手法、常见部位操作
禁忌与安全　8　禁忌人群识别、刮痧板清洁消毒
综合考核　4　理论测试和实操考核
三、上课时间
每周六、周日全天上课，共8个周末。
四、报名方式
携带身份证复印件和一寸照片两张到校报名，也可以扫描学校招生海报上的二维码在线报名。学员每人配发水牛角刮痧板一套，结业后归学员所有。
报名电话：0593-7356018（倪老师）。
""",
    ),
    dict(
        slug="training-sumiao-rules-pencil-knife-studio",
        site="素描工坊画室 (invented), text",
        style="培训机构",
        genre="规定",
        kind="other",
        form="text",
        source="http://www.sumiaogongfang.cn/xuzhi/12.html",
        title="素描工坊画室削笔刀使用管理规定",
        record_title="素描工坊画室削笔刀使用管理规定（新学员必读）｜素描工坊",
        date=None,
        notes="studio rules with 第N条 articles and no date; a trial-lesson line between articles; the studio's name "
        "at the top",
        page="""
!m 素描工坊画室　|　少儿美术 · 美术高考
!m 首页　课程　师资　学员作品　画室须知
{T}
!m 画室须知　　更新于 上周
{BODY}
!w 预约免费试听课，请加画室助教微信 sumiao-zhujiao
!m 素描工坊画室　地址：朐阳市逖湖区文昌路27号3楼
""",
        indent="\u3000\u3000",
        body="""
第一条　为保障学员在画室学习期间的安全，规范削笔刀的使用和保管，制定本规定。
第二条　学员使用的削笔刀由画室统一配发，每人一把，刀柄贴有姓名标签，不得互相借用。
第三条　削铅笔须在座位上进行，刀口朝外、朝下，不得边走边削，不得用刀指人。
第四条　削下的木屑和铅灰须倒入座位旁的废屑盒，不得随地丢弃。
⟦a ✎ 本页内容可截图保存，报名时助教会再次讲解 ✎⟧
第五条　刀片变钝或松动的，应交助教更换，不得自行拆卸。
第六条　课程结束后，削笔刀统一放回工具柜，由当班助教清点登记。
第七条　未成年学员须在助教看护下使用削笔刀。
第八条　违反本规定的，画室视情节给予提醒、暂停使用等处理。
""",
    ),
    dict(
        slug="app-xiegaobao-host-script-sharpening-contest",
        site="写稿宝 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.xiegaobao.cn/share/doc?id=7720381&from=wx",
        title="“小小工匠”削铅笔比赛主持词",
        record_title="“小小工匠”削铅笔比赛主持词（少先队活动·串词完整版）- 写稿宝",
        date=None,
        notes="writing-app share page: open-app mask, a fold ('expand the rest'), AI rewrite buttons; a host script "
        "with 男/女/合 lines and no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>“小小工匠”削铅笔比赛主持词（少先队活动·串词完整版）- 写稿宝</title>
</head><body>
<div class="xg-mask">⟦a 在写稿宝App内打开，体验更流畅⟧ <button>⟦a 去App看全文⟧</button></div>
<div class="xg-head">⟦m 写稿宝 · 你的随身写作助手⟧</div>
<div class="xg-doc"><h1>{T}</h1>
<p class="xg-info">⟦m 主持词 · 校园活动　|　已有 3.1万 人使用⟧</p>
<div class="xg-txt">
{BODY}
</div>
<div class="xg-fold">⟦a 剩余 40% 内容已折叠，点击展开阅读⟧</div>
<div class="xg-ai">⟦a AI改写　AI续写　一键换风格⟧</div>
<div class="xg-rec"><h4>⟦l 相似模板⟧</h4><p>⟦l 班级书法比赛主持词⟧</p><p>⟦l 劳动技能大赛开幕串词⟧</p></div></div>
<div class="xg-ft">⟦m 写稿宝　沪ICP备22008361号-2A⟧</div>
</body></html>
""",
        body="""
男：尊敬的各位老师，
女：亲爱的同学们，
合：大家下午好！
男：一支铅笔，陪伴我们写下第一个字、画出第一幅画。
女：一把削笔刀，考验的是我们的耐心和细心。
男：今天，三年级“小小工匠”削铅笔比赛在这里举行。
女：比赛分为个人赛和小组接力赛，每位选手要在五分钟内削好三支铅笔，评委老师将从笔尖是否匀称、木屑是否收拾干净、操作是否安全三个方面打分。
男：请大家记住安全口诀：刀口朝外慢慢推，手指躲在刀背后。
女：下面，我宣布，比赛正式开始！
男：比赛结束了，让我们用热烈的掌声祝贺获奖的同学！
合：“小小工匠”削铅笔比赛到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-gongwenkuaixie-report-coil-workshop-director",
        site="公文快写 (invented writing app), text of a share page",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gongwenkuaixie.com/s/e83kQ9",
        title="蚊香盘生产车间主任2024年度述职报告",
        record_title="蚊香盘生产车间主任2024年度述职报告（车间管理岗·通用）｜公文快写",
        date="2024-12-26",
        notes="writing-app share as text: an open-app line, an AI-polish button glued after a sentence, a member "
        "line between paragraphs; the 述职人 line and date at the end",
        page="""
!m 公文快写 — 三分钟写好一篇材料
!a 下载公文快写App，免费领取7天会员
{T}
!m 述职报告 · 车间管理　|　收藏 1021
{BODY}
!a 复制全文　　导出Word　　分享给好友
!l 你可能需要：班组长年度述职报告　生产部经理述职述廉报告
!m 公文快写　浙ICP备20044719号
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、同事们：
2024年，我担任稠溪县馨燃日用品厂蚊香盘生产车间主任，在厂部的领导下，带领车间42名员工完成了全年生产任务。现将履职情况报告如下。
一、生产任务完成情况
全年生产各类蚊香盘186万只，完成年度计划的104%；产品一次交检合格率由去年的96.2%提高到98.7%。⟦a ✨AI润色这段⟧
二、安全生产情况
5月份车间发生一起员工更换模具时手指划伤事故，我深感自责。事后，车间推行了换模“断电、挂牌、确认”三步程序，补发防割手套，下半年未再发生安全事故。
⟦a 开通快写VIP，解锁全部范文与高级模板⟧
三、存在的不足
一是新员工培训不够系统；二是冲压设备老化，维修费用偏高。
四、明年打算
明年，我将重点抓好新员工岗前培训和设备更新，力争全年零事故。
述职人：贾海涛
2024年12月26日
""",
    ),
    dict(
        slug="exam-forum-mianba-interview-park-guasha-jammer",
        site="面霸论坛 (invented civil-service exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.mianba-gk.com/thread-571330-1-1.html",
        title="公园里有人摆摊刮痧收费，作为街道工作人员你怎么处理",
        record_title="［结构化自练］公园里有人摆摊刮痧收费，作为街道工作人员你怎么处理（求拍砖）- 面试交流 - 面霸论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad, jammer-font junk; an answer post in 【】 "
        "sections, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>［结构化自练］公园里有人摆摊刮痧收费，作为街道工作人员你怎么处理（求拍砖）- 面试交流 - 面霸论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style>
</head><body>
<div class="mb-top">⟦m 面霸论坛 · 考公上岸人的家⟧　⟦a 签到领金豆　我的消息⟧</div>
<div class="mb-crumb">⟦m 面霸论坛 › 面试交流 › 结构化练习⟧</div>
<div class="mb-post">
<div class="mb-author">⟦m 奋斗的小贾　Lv.5 考碗人⟧</div>
<h1>{T}</h1>
<div class="mb-time">⟦m 发表于 4 天前　|　只看楼主⟧</div>
<div class="mb-msg">
{BODY}
</div>
<div class="mb-rate">⟦l 评分 +5 金豆　理由：思路清晰⟧</div>
<div class="mb-hide">⟦a 本帖还有参考答案，回复后可见⟧</div>
</div>
<div class="mb-ad">⟦w 面试模拟互助群 QQ 716230548，每晚八点线上对练⟧</div>
<div class="mb-ft">⟦m 面霸论坛 Powered by Discuz!　湘ICP备19024476号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
【题目】某公园内有人摆摊为市民刮痧，每次收费30元。有市民投诉刮痧板多人共用、不卫生，还有人刮完后皮肤出血。如果你是街道工作人员，你会怎么处理？
【我的作答】
首先，我会第一时间到现场了解情况，向摊主说明公园内未经许可不得经营，劝其暂停服务，并安抚投诉市民的情绪，建议皮肤受损的市民及时就医。
其次，我会联系卫生健康、市场监管等部门，核实摊主是否具备相应资质、刮痧板是否清洁消毒，依法依规作出处理。
再次，市民有刮痧保健的需求，可以协调社区卫生服务中心定期到公园开展中医保健义诊，让群众在规范的场所享受安全的服务。
最后，我会把处理情况向领导汇报，并会同公园管理方加强日常巡查，防止类似问题反复出现。
""",
    ),
]
