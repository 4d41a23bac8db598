"""holdout29, part B: a children's hospital, an infectious-diseases hospital, a maritime vocational
college, a cookery school, a hardware-trade association, a sign-language association, a fertiliser
plant, a stone-industry park's tender, a used-car law letter, a relocation community, a
vehicle-inspection notice on a county forum and an archaeology institute's Party branch. All invented."""

CASES = [
    dict(
        slug="hospital-tongchuan-children-night-clinic-html",
        site="彤川市儿童医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tcetyy.example.com/news/notice/2025/0210/601.html",
        title="关于调整儿科夜间门诊时间的通知",
        record_title="关于调整儿科夜间门诊时间的通知-彤川市儿童医院",
        date="2025-02-08",
        date_also=["2025-02-10"],
        notes="hospital template: appointment hotline and a floating online-consult box in the chrome; the department's own 咨询电话 kept in the body; 发布日期 byline (also accepted)",
        page="""
<html><head><meta charset="utf-8"><title>关于调整儿科夜间门诊时间的通知-彤川市儿童医院</title>
<script src="/js/jquery.min.js"></script></head><body>
<div class="head">⟦m 彤川市儿童医院 · 三级甲等儿童专科医院⟧ <span>⟦m 预约挂号：0631-5808120（7:30-17:30）⟧</span></div>
<ul class="menu"><li>⟦m 医院概况⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="loc">⟦m 当前栏目：新闻中心 &gt;&gt; 医院公告⟧</div>
<h3>{T}</h3>
<div class="sub">⟦m 发布日期：2025年02月10日　文章来源：门诊部　阅读：2611⟧</div>
<div class="con">
{BODY}
</div>
<div class="prevnext">⟦l 上一则：春季儿童常见传染病预防提示⟧<br>⟦l 下一则：我院新生儿科通过省级重点专科复评⟧</div>
<div class="float">⟦w 在线问诊 · 扫码添加健康管家⟧</div>
<div class="bottom">⟦m 地址：彤川市南湖路277号　邮编：264300⟧ ⟦d 版权所有 彤川市儿童医院 未经许可不得复制⟧</div>
</body></html>
""",
        body="""
广大患儿家长：
为缓解夜间就诊排队时间长的问题，经医院研究决定，自2025年2月15日起调整儿科夜间门诊时间。
一、儿科夜间门诊由原来的17:30至22:00调整为17:30至次日8:00，全天候接诊。
二、夜间门诊设在门诊楼一楼东侧，挂号、缴费、取药均可在门诊一楼办理。
三、病情危重的患儿请直接到急诊科就诊。
如有疑问，请拨打儿科门诊咨询电话：0631-5808166。
彤川市儿童医院
2025年2月8日
""",
    ),
    dict(
        slug="hospital-yongcheng-infection-summary-plain",
        site="墉城市传染病医院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.ycsiyy.example.com/yygk/gzzj/2025/0115/88.html",
        title="2024年医院感染防控工作总结",
        record_title="2024年医院感染防控工作总结",
        date="2025-01-15",
        notes="hospital page: slogan line, a 院务公开 crumb, a data table kept, a 'share to' bar and a disclaimer about medical advice",
        indent="\u3000\u3000",
        page="""
!m 墉城市传染病医院　仁心 · 精业 · 守护
!m 院务公开 ＞ 工作总结
{T}
!m 发布者：院感办　时间：2025-01-16　浏览次数：377
{BODY}
!l 分享到：朋友圈 | 微博 | 复制链接
!d 本站健康信息仅供参考，不能代替医生面诊，身体不适请及时就医。
!m 医院总机：0533-2216000　急救电话：120
""",
        body="""
2024年，医院感染管理委员会在院党委的领导下，紧紧围绕“零容忍”目标，扎实推进医院感染防控各项工作。
一、健全管理体系。调整院感管理委员会成员，各病区设立院感监控护士，全年召开院感管理委员会会议四次。
二、加强监测预警。全年开展住院患者医院感染监测，主要指标如下：
指标　2023年　2024年
医院感染发生率　1.32%　1.05%
手卫生依从率　82.6%　90.4%
多重耐药菌检出率　6.8%　5.9%
三、强化培训考核。组织全员院感知识培训十二场，新入职人员培训考核合格率百分之百。
四、存在问题。个别科室医疗废物分类不够规范，部分保洁人员防护意识不强。
2025年，我们将继续完善院感防控制度，持续降低医院感染发生率。
墉城市传染病医院院感办
2025年1月15日
""",
    ),
    dict(
        slug="college-qinjiang-maritime-graduation-speech-html",
        site="溱江航海职业学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qjhhxy.example.edu.cn/xwzx/ldjh/2025/0627/1102.html",
        title="在2025届毕业典礼上的讲话",
        record_title="院长韩立舟：在2025届毕业典礼上的讲话-溱江航海职业学院",
        title_also=["院长韩立舟：在2025届毕业典礼上的讲话"],
        date="2025-06-27",
        notes="college news template: the speaker and date under the speech title (neutral speaker line), a campus-network footer, a 'previous/next' row; title decorated with speaker and -site",
        page="""
<html><head><meta charset="utf-8"><title>院长韩立舟：在2025届毕业典礼上的讲话-溱江航海职业学院</title></head><body>
<div class="hd">⟦m 溱江航海职业学院⟧ ⟦m 厚德 · 笃行 · 扬帆 · 远航⟧</div>
<div class="nav">⟦m 学院首页 | 学院概况 | 院系设置 | 招生就业 | 校园文化 | 信息公开⟧</div>
<div class="pos">⟦m 您的位置：首页 &gt; 新闻中心 &gt; 领导讲话⟧</div>
<h1>{T}</h1>
<p class="author">院长　韩立舟</p>
<p class="author">（2025年6月27日）</p>
<div class="detail">
{BODY}
</div>
<div class="info">⟦m 供稿：党委宣传部　摄影：倪晨　编辑：蓝一帆　审核：郑培⟧</div>
<div class="np">⟦l 上一篇：我院学子在全国航海技能大赛中获佳绩⟧ ⟦l 下一篇：2025届毕业生离校手续办理指南⟧</div>
<div class="ft">⟦m 溱江航海职业学院 版权所有　地址：溱江市滨港大道1号⟧ ⟦m 浙ICP备10021938号⟧</div>
</body></html>
""",
        body="""
亲爱的2025届毕业生同学们：
今天，我们在这里隆重举行毕业典礼，欢送一千八百余名同学从母校启航。我代表学院，向顺利完成学业的同学们表示热烈的祝贺！
三年来，你们在实训船上练就了过硬本领，在海事考证中交出了优异答卷，今年全院海员适任证书考试通过率达到百分之九十二。
同学们，大海从来不会辜负勇敢的航行者。希望你们牢记“安全第一”，把每一次值班都当作第一次值班；希望你们保持学习，在新的船型、新的技术面前不落伍。
无论你们走到哪里，母校永远是你们的港湾。祝同学们一路顺风，前程似海！
""",
    ),
    dict(
        slug="school-chufeng-cookery-brochure-relative-time",
        site="厨峰烹饪职业培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="text",
        source="https://www.chufengpr.example.com/zhaosheng/2025qiuji.html",
        title="2025年秋季中式烹调师培训招生简章",
        record_title="【秋季招生】2025年秋季中式烹调师培训招生简章（附课程表）",
        date=None,
        notes="training school: a 400 consultation line and a free-trial prompt as chrome, the school's own 报名电话 kept; a course table kept; a relative time and a year in the title only (no date)",
        indent="  ",
        page="""
!m 厨峰烹饪学校 | 学厨师 · 选厨峰
!m 全国招生咨询：400-880-6617（免长途费）
!t 【秋季招生】2025年秋季中式烹调师培训招生简章（附课程表）
!m 招生办　3天前　围观 893
{BODY}
!w 🔥 免费试学3天，在线预约立减500元 🔥
!a 【在线报名】　【预约参观】　【领取资料】
!l 学员作品展 | 就业喜报 | 校园环境
!d 以上招生信息以学校最终公告为准，本页仅供参考。
""",
        body="""
为满足餐饮行业对技能人才的需求，我校现面向社会招收2025年秋季中式烹调师培训学员。
一、招生对象：年满十六周岁、身体健康、热爱烹饪的城乡青年。
二、开设班型：
班型　学制　学费
中式烹调基础班　三个月　4800元
中式烹调提高班　六个月　8600元
地方菜研修班　一个月　3200元
三、学员完成学业并经考核合格的，可参加中式烹调师职业技能等级认定。
四、报名方式：携带身份证复印件和一寸照片两张到学校招生办报名，报名电话：0718-3326650。
""",
    ),
    dict(
        slug="assoc-linxi-hardware-minutes-gb2312-table",
        site="蔺溪县五金行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.lxwjxh.example.org/news_show.asp?id=377",
        title="蔺溪县五金行业协会第三届理事会第四次会议纪要",
        record_title=None,
        date="2025-04-22",
        date_also=["2025-04-18"],
        notes="old gb2312 table layout with a marquee and visitor counter; no record title (found on the page); minutes lines and a vote count kept; 印发 date expected, meeting date accepted",
        p_html="<tr><td height=\"24\">{}</td></tr>",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蔺溪县五金行业协会</title></head>
<body bgcolor="#f0f0f0">
<table width="960" align="center"><tr><td>⟦m 蔺溪县五金行业协会⟧</td><td>⟦m 蔺溪五金 · 锻造天下⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee>⟦l 热烈祝贺我县获评“中国五金工具之乡”！会员单位年检工作即将开始，请及时登录办理。⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="200" valign="top"><table><tr><td>⟦l ◆ 协会简介⟧</td></tr><tr><td>⟦l ◆ 会员名录⟧</td></tr><tr><td>⟦l ◆ 行业资讯⟧</td></tr><tr><td>⟦a ◆ 会员登录⟧</td></tr></table></td>
<td valign="top"><table width="100%">
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 添加时间：2025-4-22　浏览：156次⟧</td></tr>
{BODY}
</table></td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 您是本站第 0038127 位访客⟧</td></tr>
<tr><td align="center">⟦m 协会地址：蔺溪县五金城管委会大楼3楼　电话/传真：0596-8812233⟧</td></tr>
<tr><td align="center">⟦d Copyright 2009-2025 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        body="""
时间：2025年4月18日下午
地点：五金城管委会大楼三楼会议室
主持：协会会长 宋立群
出席：理事二十三名（应到二十七名）
列席：监事会成员，秘书处工作人员
记录：秘书处 汤颖
会议审议并通过了以下事项：
一、审议通过《协会2024年工作报告》和《2025年工作要点》。
二、审议通过《关于增补理事的议案》，增补陈国梁、钟丽华为协会理事。表决结果：同意二十三票，反对零票，弃权零票。
三、会议决定，协会于6月举办第五届五金工具展销会，由秘书处牵头制定具体方案。
蔺溪县五金行业协会秘书处
2025年4月22日印发
""",
    ),
    dict(
        slug="assoc-hengshan-sign-language-pledge",
        site="珩山县手语协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="https://www.hsshouyu.example.org.cn/dongtai/2025/0923/52.html",
        title="“让手语成为沟通的桥梁”倡议书",
        record_title="【倡议】“让手语成为沟通的桥梁”倡议书｜珩山县手语协会",
        date="2025-09-23",
        notes="association page: a member-join box glued after the last line of a paragraph, title repeated with a bracket tag, tag row; the date under the signature",
        page="""
!m 珩山县手语协会　用手沟通　用心交流
!m 协会动态 ／ 倡议书
!t 【倡议】“让手语成为沟通的桥梁”倡议书
{BODY}
!l 相关标签：#国际聋人日# #手语# #志愿服务#
!a 欢迎转发　点亮♥
!m 协会邮箱：shouyu_hs@example.org.cn　办公电话：0745-2230915
""",
        body="""
全县广大市民朋友们：
9月23日是国际手语日。我县目前有听力残疾人四千余名，手语是他们与社会交流的重要方式。为此，珩山县手语协会向全县发出如下倡议：
一、学一点手语。每人学会“你好”“谢谢”“需要帮助吗”等常用手语，在生活中主动用起来。⟦a 点此加入协会志愿者队伍→⟧
二、帮一把忙。在银行、医院、车站等场所遇到听障朋友时，耐心沟通，可以用纸笔或手机打字交流。
三、传一份爱。欢迎党政机关、窗口单位和学校组织手语培训，协会可免费派出讲师。
让我们携起手来，让无声的世界不再孤单！
珩山县手语协会
2025年9月23日
""",
    ),
    dict(
        slug="corp-zhiyang-fertiliser-label-correction-html",
        site="芷阳丰禾肥业有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.fenghefeiye.example.com/news/gg/2025-03-28.html",
        title="关于部分批次复合肥包装标识更正的公告",
        record_title="关于部分批次复合肥包装标识更正的公告 | 丰禾肥业",
        date="2025-03-28",
        notes="corporate site: a product nav, an online-shop button, a customer-service hotline in the header (chrome) and the company's own 客户服务电话 in the body (kept), a batch table kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于部分批次复合肥包装标识更正的公告 | 丰禾肥业</title></head><body>
<header><div class="brand">⟦m 丰禾肥业 FENGHE⟧</div><div class="tel">⟦m 全国服务热线 400-6677-158⟧</div>
<nav>⟦m 关于丰禾 | 产品中心 | 种植方案 | 新闻公告 | 联系我们⟧</nav><a class="shop">⟦a 进入官方商城⟧</a></header>
<section class="crumbs">⟦m 首页 / 新闻公告 / 公司公告⟧</section>
<article><h1>{T}</h1>
<p class="meta">⟦m 2025.03.28 | 丰禾肥业 | 阅读 918⟧</p>
{BODY}
</article>
<section class="share">⟦l 分享：微信 微博 抖音⟧</section>
<footer>⟦m 芷阳丰禾肥业有限公司　湘ICP备17006681号-1⟧ ⟦d 网站图片仅供参考，产品以实物为准⟧</footer>
</body></html>
""",
        body="""
尊敬的广大客户和农民朋友：
经我公司自查，2025年2月生产的部分批次“丰禾”牌硫酸钾型复合肥，外包装上的总养分标注有误，现予以更正。
涉及批次如下：
批次号　规格　原标注总养分　更正后总养分
FH250211　40千克/袋　48%　45%
FH250219　40千克/袋　48%　45%
产品实际质量符合国家标准，不影响正常使用。已购买上述批次产品的客户，可凭购货凭证到原经销点办理差价补偿。
客户服务电话：0739-5582009（工作日8:30-17:30）。
由此给您带来的不便，我们深表歉意。
芷阳丰禾肥业有限公司
2025年3月28日
""",
    ),
    dict(
        slug="tender-hushan-stone-park-road-lots-record-date",
        site="笏山县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.hushan.example.gov.cn/jsgc/zbgg/20250715/3381.html",
        title="笏山县石材产业园区道路改造工程招标公告",
        record_title="笏山县石材产业园区道路改造工程招标公告",
        date="2025-07-15",
        record_date="2025-07-15",
        notes="tender portal: a CA-certificate hotline and a bidder-login prompt as chrome, the tenderee's and agency's contacts kept, a lot table kept; the record gives the date",
        page="""
!m 笏山县公共资源交易中心
!m 交易信息 » 建设工程 » 招标公告
{T}
!m 【信息时间：2025/07/15　阅读次数：204】【我要打印】【关闭】
!a 投标人请先登录交易系统 → 下载招标文件
{BODY}
!m CA证书办理及技术支持：0591-6203886（工作日）
!l 【同项目公告】笏山县石材产业园区道路改造工程招标文件澄清（一）
!m 笏山县公共资源交易中心主办　闽ICP备12007731号
""",
        body="""
1．招标条件
本招标项目笏山县石材产业园区道路改造工程已由县发展和改革局批准建设，项目业主为笏山县石材产业园区管理委员会，建设资金来自财政资金，项目已具备招标条件，现对该项目进行公开招标。
2．项目概况与招标范围
本工程划分为两个标段：
标段　主要内容　最高投标限价
一标段　园区一号路、二号路路面改造　1268万元
二标段　园区雨污管网及路灯改造　736万元
3．投标人资格要求
投标人须具备市政公用工程施工总承包三级及以上资质，拟派项目经理须具备市政公用工程专业二级及以上注册建造师资格。
4．联系方式
招标人：笏山县石材产业园区管理委员会　联系人：林少杰　电话：0591-6209115
招标代理机构：闽泰工程咨询有限公司　联系人：欧阳倩　电话：0591-6231870
""",
    ),
    dict(
        slug="law-pingchuan-used-car-risk-letter-html",
        site="屏川律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.pingchuanlaw.example.cn/article/tips/2025-05-09.html",
        title="关于二手车交易中常见法律风险的提示函",
        record_title="法律提示丨关于二手车交易中常见法律风险的提示函-屏川律师事务所",
        date="2025-05-09",
        notes="law-firm page: a consult-a-lawyer box and a 'not legal advice' notice, a numbered list kept; the addressee is a used-car market's management office",
        page="""
<html><head><meta charset="utf-8"><title>法律提示丨关于二手车交易中常见法律风险的提示函-屏川律师事务所</title></head><body>
<div class="top">⟦m 屏川律师事务所 · 专注交通与消费纠纷⟧ ⟦w 免费咨询：139-0750-2218（微信同号）⟧</div>
<div class="menu">⟦m 律所简介 · 专业领域 · 律师团队 · 法律提示 · 成功案例⟧</div>
<h2>⟦t 法律提示丨关于二手车交易中常见法律风险的提示函⟧</h2>
<div class="time">⟦m 发布人：屏川律所　2025-05-09　人气：437⟧</div>
<div class="body">
{BODY}
</div>
<div class="box">⟦w 遇到车辆交易纠纷？留下电话，律师30分钟内回电⟧</div>
<div class="disc">⟦d 本文仅作普法宣传之用，不构成对具体案件的法律意见。⟧</div>
<div class="foot">⟦m 地址：屏川市建设中路18号金融大厦11层⟧</div>
</body></html>
""",
        body="""
彤川二手车交易市场管理办公室：
受贵办委托，本所律师对近年来二手车交易中出现的纠纷进行了梳理，现就常见法律风险提示如下：
1.车况隐瞒风险。卖方隐瞒事故、泡水、调表等情况的，买方可依法主张撤销合同或要求赔偿，建议交易时书面约定车况并附第三方检测报告。
2.权属不清风险。车辆存在抵押、查封的，无法办理过户，交易前应查询车辆登记状态。
3.“先付款后过户”风险。建议通过市场资金监管账户付款，过户完成后再行结算。
4.合同不规范风险。建议使用市场统一制作的合同示范文本，不使用手写收条代替合同。
以上意见供贵办参考。
屏川律师事务所
2025年5月9日
""",
    ),
    dict(
        slug="community-anju-blind-massage-clinic-scan-kept",
        site="新安家园社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xinanjiayuan.example.com/notice/20250611.html",
        title="关于开展盲人按摩进社区义诊活动的通知",
        record_title="关于开展盲人按摩进社区义诊活动的通知",
        date="2025-06-11",
        notes="a relocation community's site: a residents' login, a building-notice ticker, a 扫码报名 sentence kept in the body; chrome glued before the first body line",
        gap=True,
        page="""
!m 新安家园社区网（易地扶贫搬迁安置社区）
!a 居民登录 | 注册 | 物业报修
!l 楼栋通知：6号楼电梯6月13日年检，请错峰出行
{T}
!m 社区居委会　2025-06-11　已读 312
{BODY}
!l 💬 留言（5）　我要留言
!l 上一条：端午节社区包粽子活动报名
!m 社区服务站值班电话：0851-6677512
""",
        body="""
⟦m 【社区通知】⟧各位居民朋友：
为关爱居民健康，社区联合县盲人按摩指导中心，于6月14日（星期六）上午9时至12时在社区服务站一楼开展盲人按摩义诊活动。
一、服务内容：颈肩腰腿疼痛推拿、健康咨询，每人限一次，每次约二十分钟。
二、参加方式：请扫描社区公告栏上的二维码报名，也可以到社区服务站登记，名额八十个。
三、有高血压、骨折未愈等情况的居民，请提前告知按摩师。
新安家园社区居民委员会
2025年6月11日
""",
    ),
    dict(
        slug="countyforum-yuchuan-inspection-station-jammer-html",
        site="峪川论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.yuchuan.example.net/forum.php?mod=viewthread&tid=88231",
        title="关于机动车检测站夏季延时服务的通知",
        record_title="[转帖] 关于机动车检测站夏季延时服务的通知 - 车友天地 - 峪川论坛",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="Discuz-like thread: jammer fonts glued and on lines, 发表于 line (also accepted), a quote of the poster's aside (neutral), sign-in prompt, recommended threads",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>[转帖] 关于机动车检测站夏季延时服务的通知 - 车友天地 - 峪川论坛</title></head><body>
<div id="hd">⟦m 峪川论坛 - 峪川人自己的网上家园⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 峪川论坛 › 汽车 › 车友天地 › 查看内容⟧</div>
<div id="postlist">
<h1>⟦t [转帖] 关于机动车检测站夏季延时服务的通知⟧</h1>
<div class="authi">⟦m 老马识途　发表于 2025-7-1 10:03⟧ ⟦l 只看该作者⟧</div>
<div class="t_f">
<p>转自检测站公众号，需要年检的车友注意了。</p>
{BODY}
</div>
<div class="sign">⟦m 本帖最后由 老马识途 于 2025-7-1 10:05 编辑⟧</div>
<div class="po">⟦l 回复 支持 反对 举报⟧</div>
<div class="rec">⟦l 推荐阅读：峪川新开通两条城乡公交线路⟧</div>
</div>
<div id="ft">⟦d 本帖内容为网友发布，不代表本站立场⟧</div>
</body></html>
""",
        body="""
广大车主朋友：
为方便车主错峰检测，峪川县宏通机动车检测站自7月1日起至8月31日实行夏季延时服务。
一、周一至周五检测时间延长至19时，周六、周日正常检测。
二、高温时段请车主在候检大厅等候，大厅提供免费茶水和充电服务。
三、车主可关注检测站微信公众号在线预约，预约车辆优先检测。
服务电话：0838-6620158。
峪川县宏通机动车检测站
2025年6月30日
""",
    ),
    dict(
        slug="dangjian-archaeology-branch-theme-day-plan",
        site="瑶阶先锋网 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yaojiexianfeng.example.gov.cn/zbjs/2025/0625/7712.html",
        title="县文物考古研究所党支部7月主题党日活动方案",
        record_title="县文物考古研究所党支部7月主题党日活动方案_支部建设_瑶阶先锋网",
        date="2025-06-25",
        notes="Party-building site: slogan, column crumb, a study-app prompt between paragraphs, a 'recommend' box; a schedule table kept",
        indent="\u3000\u3000",
        page="""
!m 瑶阶先锋网　瑶阶县委组织部主办
!m 当前位置：首页 › 支部建设 › 主题党日
!t 县文物考古研究所党支部7月主题党日活动方案
!m 信息来源：县文物考古研究所党支部　发布时间：2025-06-25
{BODY}
!a 〔打印本文〕〔关闭窗口〕
!l 推荐阅读：各支部7月主题党日活动安排汇总
!m 瑶阶县委组织部 版权所有　技术支持：县大数据中心
""",
        body="""
为庆祝中国共产党成立104周年，引导党员在文物保护工作中当先锋、作表率，结合我所实际，制定本方案。
一、活动主题：守护文化根脉，践行初心使命。
二、活动时间和地点：2025年7月1日，城南遗址考古工地。
三、活动安排：
时段　内容　负责人
8:30-9:30　重温入党誓词，学习党章　钱思远
9:30-11:00　考古工地志愿讲解　包晓丽
11:00-11:30　交流发言　钱思远
⟦a 学习强国APP同步推送，扫码进入学习专区⟧
四、有关要求：全体党员着装整齐，佩戴党员徽章；参加工地讲解的党员提前熟悉遗址情况。
县文物考古研究所党支部
2025年6月25日
""",
    ),
]
