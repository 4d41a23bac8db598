"""holdout77, part B: a retired baijiu distiller, an ice-cream factory's Party branch, a
rehabilitation hospital's wheelchair loans, a sign-language volunteer team, a yangko team, an
earthworm farm, a bamboo-shoot research station, a rose co-op's tender, a flea market, a community
compost station and a lavender association. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="anthology-laojiao-distiller-speech-cn-date",
        site="窖香集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.jiaoxiangji.example.net/juan2/045.html",
        title="在酿酒技艺拜师仪式上的讲话",
        record_title="《窖香集》卷二·第45篇｜在酿酒技艺拜师仪式上的讲话",
        date="2024-11-16",
        notes="a retired distiller's collection; chapter-decorated title; date in Chinese numerals under the speech title; speaker line neutral; chapter nav",
        page="""
!m 窖香集 —— 一个老酒师的四十年
!m 目录 ／ 卷二 讲话与发言 ／ 第45篇
!t 《窖香集》卷二·第45篇｜在酿酒技艺拜师仪式上的讲话
（二〇二四年十一月十六日）
县酒厂原酿酒车间主任　霍长庚
{BODY}
!l ← 第44篇　在老职工座谈会上的发言　　｜　　第46篇　窖池养护笔记 →
!l 返回卷二目录
!d 本文集由作者家人整理上网，转引请注明出处
""",
        body="""
各位师傅，各位年轻朋友：
今天三个年轻人正式拜师学艺，我作为老酒师，心里很高兴。
固态发酵白酒的手艺，靠的是一代一代人手把手传下来。踩曲、上甑、摘酒，每一道工序都有讲究，书本上学不全。
我想对徒弟们说三句话：第一，要吃得了苦，车间里夏天四十多度，一干就是一整天；第二，要守得住规矩，配料、温度、时间，一样也不能马虎；第三，要沉得下心，一个好酒师没有十年工夫练不出来。
也希望各位师傅把压箱底的本事教出来，让老窖的香味一直传下去。
""",
    ),
    dict(
        slug="dangjian-bingxue-icecream-party-day-summary",
        site="槿州市非公党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://fgdj.jinzhou.example.gov.cn/zbfc/2025/0716/1032.html",
        title="冰雪乳业党支部“七一”主题党日活动总结",
        record_title="【主题党日】冰雪乳业党支部“七一”主题党日活动总结",
        date="2025-07-16",
        notes="Party-building site; decorated title; 发布时间 byline and a document date under the signature that differ (document's expected, other accepted); a learning-app prompt; font-size row glued",
        date_also=["2025-07-18"],
        page="""
!m 槿州市非公党建网　　两新组织党建工作的网上家园
!m 当前位置：首页　>>　支部风采
!t 【主题党日】冰雪乳业党支部“七一”主题党日活动总结
!m 发布时间：2025-07-18　来源：市两新工委　浏览次数：[ 213 ]
{BODY}
!a 扫码进入“两新学习”小程序，参加本月知识答题
!l 上一条：物流园区联合党委开展夏送清凉活动　　下一条：律师行业党委举办党务干部培训班
!m 主办单位：中共槿州市委两新工委　技术维护：市数据中心
""",
        body="""
⟦a 【字号：大 中 小】⟧7月1日，冰雪乳业有限公司党支部组织全体党员开展“七一”主题党日活动。
活动分三个环节进行。一是重温入党誓词，二是支部书记讲授专题党课，三是党员到冷饮生产线开展“党员先锋岗”义务劳动。
在专题党课上，支部书记结合公司夏季冷饮旺季生产实际，要求党员在质量安全、节能降耗上走在前列。
活动结束后，支部为两名入党五十年的退休老党员送去“光荣在党50年”纪念章。
冰雪乳业有限公司党支部
2025年7月16日
""",
    ),
    dict(
        slug="hospital-kangyi-wheelchair-loan-notice-html",
        site="荇川康复医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xcrehab.example.com/news/notice/2025/0305.html",
        title="关于开展轮椅免费借用服务的公告",
        record_title="关于开展轮椅免费借用服务的公告-荇川康复医院",
        date="2025-03-05",
        notes="hospital site; decorated title; the service desk's own 咨询电话 next to the hospital's 预约挂号 and emergency lines in the footer; floating booking box; 扫码 in the body",
        page="""
<html><head><meta charset="utf-8"><title>关于开展轮椅免费借用服务的公告-荇川康复医院</title></head><body>
<div class="topbar">⟦m 荇川康复医院　三级康复专科医院⟧ ⟦w 预约挂号：0757-8833 1200⟧</div>
<div class="menu">⟦m 医院概况　科室导航　专家介绍　就医指南　新闻公告⟧</div>
<div class="here">⟦m 您的位置：首页 &gt; 新闻公告 &gt; 医院公告⟧</div>
<h3>⟦t 关于开展轮椅免费借用服务的公告⟧</h3>
<div class="src">⟦m 作者：门诊部　时间：2025-03-05　阅读：1132⟧</div>
<div class="art">
{BODY}
</div>
<div class="float">⟦w 在线咨询　微信挂号　24小时客服⟧</div>
<div class="foot">⟦m 地址：荇川市康宁路88号　急救电话：0757-8833 1120⟧<br>⟦d Copyright 2025 荇川康复医院 版权所有⟧</div>
</body></html>
""",
        body="""
为方便行动不便的患者和家属就医，我院自2025年3月10日起在门诊大厅开展轮椅免费借用服务。现将有关事项公告如下。
一、借用地点：门诊一楼服务台，共配置轮椅四十台。
二、借用方式：借用人用手机扫描轮椅上的二维码，登记姓名和联系电话后即可使用，无需缴纳押金。
三、归还要求：请在离院前将轮椅归还至门诊一楼或住院部一楼轮椅停放点。
四、咨询电话：门诊服务台　0757-8833 1315。
荇川康复医院
2025年3月5日
""",
    ),
    dict(
        slug="university-yuhang-sign-language-team-news-html",
        site="豫杭师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yhnu.example.edu.cn/info/1012/33871.htm",
        title="我校手语志愿服务队获评省级优秀志愿服务团队",
        record_title=None,
        date="2025-12-05",
        notes="university news; missing record title; news byline date; photo credits; a 'back to top' and a closing row; friend links in the footer",
        page="""
<html><head><meta charset="utf-8"><title>我校手语志愿服务队获评省级优秀志愿服务团队-豫杭师范学院新闻网</title></head><body>
<div class="head">⟦m 豫杭师范学院新闻网⟧<span>⟦m 学院首页 ｜ 信息门户 ｜ English⟧</span></div>
<div class="nav">⟦m 学院要闻　综合新闻　院系动态　媒体师院　视频新闻⟧</div>
<div class="main">
<div class="tit">⟦t 我校手语志愿服务队获评省级优秀志愿服务团队⟧</div>
<div class="byline">⟦m 发布日期：2025-12-05　作者：团委 任芊芊　摄影：学生记者团　审核：宣传部⟧</div>
{BODY}
<div class="ops">⟦a 【关闭】【打印】【返回顶部】⟧</div>
</div>
<div class="links">⟦l 友情链接：教育部 ｜ 省教育厅 ｜ 中国大学生在线⟧</div>
<div class="copy">⟦d 版权所有 © 豫杭师范学院　党委宣传部维护⟧</div>
</body></html>
""",
        body="""
近日，省志愿服务联合会公布2025年度志愿服务先进典型名单，我校特殊教育学院手语志愿服务队获评省级优秀志愿服务团队。
手语志愿服务队成立于2017年，现有队员一百二十人，长期在市特殊教育学校、残疾人综合服务中心开展手语陪伴和课业辅导。
⟦m 服务队队员在社区开展手语教学。⟧
今年以来，服务队还在市政务服务中心设立手语服务岗，累计为听障群众提供办事引导四百余人次。
学校团委负责人表示，将以此次获评为契机，推动更多专业特色志愿服务项目落地。
""",
    ),
    dict(
        slug="townforum-huaiyang-yangko-covenant-wrapped",
        site="槐杨镇在线论坛 (invented)",
        style="地方论坛",
        genre="公约",
        kind="rules",
        form="text",
        source="http://bbs.huaiyang.example.com/forum.php?mod=viewthread&tid=77310",
        title="槐杨镇秧歌队文明排练公约",
        record_title="【镇里事】槐杨镇秧歌队文明排练公约（大家一起监督）",
        date="2025-09-01",
        notes="town forum; hard-wrapped at 60 columns; decorated forum title; poster's 发表于 date differs from the covenant date (document's expected, post accepted); floor and reply chrome",
        date_also=["2025-09-03"],
        wrap=60,
        indent="　　",
        page="""
!m 槐杨镇在线 » 镇里事 » 正文
!t 【镇里事】槐杨镇秧歌队文明排练公约（大家一起监督）
!m 楼主　秧歌队长老葛　　发表于 2025-9-3 19:47
!m 本帖最后由 秧歌队长老葛 于 2025-9-3 20:02 编辑
{BODY}
!l 沙发　东街小陈：支持！晚上九点前收工就好
!l 板凳　爱跳舞的刘姐：已转到小区群里
!l 发表回复　｜　回帖后跳转到最后一页
""",
        body="""
为了让秧歌队员练得开心、周边居民住得安心，经全体队员讨论，制定本公约，请大家共同遵守，也欢迎街坊邻居监督。
一、排练时间为每天晚上7时至8时30分，周日休息；中考、高考期间暂停晚间排练。
二、排练地点固定在镇文化广场东侧，不占用消防通道和人行道。
三、锣鼓音量控制在居民可接受范围内，音箱音量不超过广场分贝显示屏上的黄色提示线。
四、排练结束后队员自觉清理垃圾，道具统一放回文化站仓库。
槐杨镇秧歌队
2025年9月1日
""",
    ),
    dict(
        slug="download-nongzi-earthworm-plan-oldtable-html",
        site="农资下载站 (invented)",
        style="资料下载站",
        genre="实施方案",
        kind="plan",
        form="html",
        source="http://www.nongzixz.example.com/soft/20871.html",
        title="蚯蚓生态养殖示范基地建设实施方案",
        record_title="蚯蚓生态养殖示范基地建设实施方案.doc下载",
        date="2025-02-26",
        notes="old gb2312 table layout of a download station; file-info table with mirror links and a dead-link report; decorated record title ending with .doc下载; 成文日期 in the text; update stamp not a date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蚯蚓生态养殖示范基地建设实施方案.doc下载 - 农资下载站</title></head>
<body bgcolor="#ffffff"><table width="960" align="center"><tr><td>⟦m 农资下载站 www.nongzixz.example.com⟧</td><td>⟦a 设为首页　加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：农资下载站 &gt;&gt; 养殖资料 &gt;&gt; 特种养殖⟧</td></tr></table>
<table width="960" align="center" class="info">
<tr><td>⟦t 蚯蚓生态养殖示范基地建设实施方案⟧</td></tr>
<tr><td>⟦m 资料大小：56KB　资料类型：DOC　更新时间：2025-03-30　下载次数：418⟧</td></tr>
<tr><td>⟦a 下载地址：电信下载一　联通下载二　备用下载三⟧</td></tr>
<tr><td>⟦a 下载无效请点此报告错误⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>⟦m 资料简介：⟧
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资料均收集于网络，仅供学习研究，请下载后24小时内删除⟧</td></tr></table>
</body></html>
""",
        p_html="<br>{}",
        body="""
为推进畜禽粪污资源化利用，发展循环农业，桑坪镇决定建设蚯蚓生态养殖示范基地，特制定本方案。
一、建设目标。在岗石村建设蚯蚓养殖棚二十亩，年消纳牛粪、菌渣等有机废弃物八千吨，年产蚯蚓粪有机肥三千吨。
二、建设内容。1.养殖棚及遮阳设施；2.原料发酵场；3.蚓粪筛分包装车间。
三、运营模式。由岗石村股份经济合作社与县农业公司合作经营，村集体按股分红。
四、保障措施。镇农业服务中心负责技术指导，每季度组织一次养殖技术培训。
桑坪镇人民政府
2025年2月26日
""",
    ),
    dict(
        slug="rsks-zhusun-station-recruit-notice",
        site="榉州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yzrsks.example.gov.cn/sydw/2025/0612/5590.html",
        title="榉州市竹笋研究所2025年公开招聘专业技术人员公告",
        record_title="榉州市竹笋研究所2025年公开招聘专业技术人员公告",
        date="2025-06-12",
        record_date="2025-06-12",
        notes="personnel-exam site; positions table; the institute's own 咨询电话 next to the site's technical line; 下载/打印 准考证 in the body; 附件",
        page="""
!m 榉州人事考试网　　【考试公告】【成绩查询】【准考证打印】
!m 当前位置：首页 → 事业单位招聘 → 公告
{T}
!m 信息来源：市人社局　发布时间：2025-06-12 15:30　字体：[大][中][小]
{BODY}
!m 网站技术支持电话：0795-7210088（仅限报名系统故障）
!l 相关公告：市农业科学院2025年公开招聘公告　｜　市林业局直属事业单位招聘公告
""",
        body="""
因工作需要，经市人力资源和社会保障局同意，榉州市竹笋研究所面向社会公开招聘专业技术人员3名。现将有关事项公告如下。
一、招聘岗位
岗位　人数　专业要求　学历
竹笋栽培技术员　2　林学、园艺　本科及以上
食品检测员　1　食品科学与工程　本科及以上
二、报名时间：6月20日至6月26日，在本网站报名系统填报。
三、考生须于7月8日至7月11日登录本网站下载并打印准考证，笔试时凭准考证和身份证参加考试。
四、咨询电话：市竹笋研究所办公室　0795-7326014。
附件：榉州市竹笋研究所2025年公开招聘岗位表
榉州市竹笋研究所
2025年6月12日
""",
    ),
    dict(
        slug="tender-meigui-coop-distiller-equipment-result-html",
        site="楸溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.yunxi-county.example.gov.cn/jyxx/zfcg/zbgg/20250718/991.html",
        title="楸溪县玫瑰种植专业合作社精油蒸馏设备采购项目中标结果公告",
        record_title="楸溪县玫瑰种植专业合作社精油蒸馏设备采购项目中标结果公告",
        date="2025-07-18",
        record_date="2025-07-18",
        notes="tender platform; bid-result table; purchaser and agency contacts next to the platform's CA helpdesk; 发布时间 byline",
        page="""
<html><head><meta charset="utf-8"><title>中标结果公告_楸溪县公共资源交易网</title></head><body>
<div class="header">⟦m 楸溪县公共资源交易网⟧ <span>⟦a 主体登录　CA办理　投标工具下载⟧</span></div>
<div class="subnav">⟦m 交易信息 › 政府采购 › 中标公告⟧</div>
<div class="title">⟦t 楸溪县玫瑰种植专业合作社精油蒸馏设备采购项目中标结果公告⟧</div>
<div class="meta">⟦m 【发布时间：2025-07-18】【信息来源：县交易中心】【浏览：307】⟧</div>
<div class="con">
{BODY}
</div>
<div class="side"><p>⟦w CA证书服务热线：400-870-5566⟧</p><p>⟦w 交易平台技术支持：0758-3319021⟧</p></div>
<div class="footer">⟦d 本网站所发布信息的真实性由发布主体负责⟧ ⟦m 粤ICP备12081277号⟧</div>
</body></html>
""",
        body="""
一、项目编号：YXCG-2025-0614
二、项目名称：楸溪县玫瑰种植专业合作社精油蒸馏设备采购项目
三、中标信息
中标供应商　中标金额（元）　交货期
楸州华润轻工机械有限公司　486,000　合同签订后45日
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：楸溪县玫瑰种植专业合作社，联系人：尤海，电话：0758-3302217。
采购代理机构：楸溪正诚招标代理有限公司，联系人：甘蕾，电话：0758-3366710。
""",
    ),
    dict(
        slug="lawfirm-chengxin-flea-market-lecture",
        site="澄信律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="lecture",
        form="text",
        source="http://www.chengxinlaw.example.com/jiangtang/2025/88.html",
        title="跳蚤市场摊主需要了解的几个法律问题",
        record_title="律师讲堂丨跳蚤市场摊主需要了解的几个法律问题",
        date="2025-05-10",
        notes="law-firm site; decorated title; date under the lecture title; a consultation prompt glued after a sentence; disclaimer and the firm's hotline",
        page="""
!m 澄信律师事务所　CHENGXIN LAW
!m 首页 ｜ 律所简介 ｜ 专业领域 ｜ 律师讲堂 ｜ 联系我们
!t 律师讲堂丨跳蚤市场摊主需要了解的几个法律问题
（2025年5月10日　在城南周末跳蚤市场普法活动上的讲稿）
主讲：澄信律师事务所律师　蒲昕然
{BODY}
!d 以上内容为普法宣传，不构成针对具体案件的法律意见。
!w 法律咨询热线：0771-5589 0099（工作日 9:00-17:30）
!l 相关文章：网购二手物品退货纠纷怎么处理 ｜ 夜市摊位转租合同要注意什么
""",
        body="""
各位摊主朋友：
周末跳蚤市场人气越来越旺，今天我结合几个常见问题，和大家聊聊摆摊要注意的法律风险。
第一，卖二手物品也要如实说明。东西有瑕疵、维修过，应当事先告诉买家，否则可能要承担退货或者赔偿责任。
第二，不能销售来路不明的物品。明知是他人偷来的东西还收购、转卖，可能构成犯罪。⟦w 遇到纠纷拿不准？欢迎来电预约律师面谈⟧
第三，食品类摊位要特别小心。自制的糕点、酱菜，要遵守当地关于食品摊贩的管理规定。
希望大家守法经营，把跳蚤市场办成城南的一张好名片。
""",
    ),
    dict(
        slug="community-lizhu-compost-station-notice",
        site="荔竹社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lizhusq.example.cn/news/2025/0421/317.html",
        title="关于社区堆肥站试运行的通知",
        record_title=None,
        date="2025-04-21",
        notes="residents' site; no record title; title in page; a chat-group join prompt; the committee's own phone beside the property hotline; the page date only in the signature",
        page="""
!m 荔竹社区　｜　居委会 · 物业 · 业委会 信息一站看
!m 社区公告 ＞ 正文
!l 【置顶】　【环保】
!t 关于社区堆肥站试运行的通知
!w 入群请扫社区公告栏二维码，或加网格员微信 lz-wangge-3
{BODY}
!w 物业24小时服务电话：0591-8766 3300
!l 社区公告（共128条）：端午节包粽子活动报名 · 三号楼电梯维保公告 · 老年食堂菜单
""",
        body="""
各位居民：
为推动垃圾分类落地，社区在西区花园南侧建设了厨余垃圾堆肥站，将于4月28日起试运行。
一、投放时间：每天早上7时至9时，晚上6时至8时。
二、投放要求：请将果皮、菜叶等厨余垃圾沥干水分后投放，塑料袋、骨头、贝壳请投入其他垃圾桶。
三、堆肥成品：堆肥站产出的有机肥每月发放一次，居民可凭积分领取用于家庭绿植。
如有意见建议，请联系社区居委会，电话：0591-8766 2108。
荔竹社区居民委员会
2025年4月21日
""",
    ),
    dict(
        slug="association-xunyi-lavender-annual-report",
        site="槲原县薰衣草产业协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.hyxunyicao.example.org/xhdt/2025/0118/64.html",
        title="槲原县薰衣草产业协会第二届理事会工作报告",
        record_title="【协会动态】槲原县薰衣草产业协会第二届理事会工作报告",
        date="2025-01-18",
        notes="association site; decorated title; date under the report title; reporter line neutral; decimal headings; join prompt; member-unit logos box",
        page="""
!m 槲原县薰衣草产业协会　｜　紫色产业　共同发展
!m 协会首页 / 协会动态 / 详情
!t 【协会动态】槲原县薰衣草产业协会第二届理事会工作报告
——2025年1月18日在协会第三次会员代表大会上
会长　阮秀梅
{BODY}
!a 【申请入会】　【下载入会申请表】
!l 会员单位风采：紫梦庄园 ｜ 香谷农业 ｜ 槲原精油厂
!m 协会秘书处：槲原县农业大厦5楼　电话 0901-6620738
""",
        body="""
各位代表：
现在，我代表协会第二届理事会向大会报告工作，请予审议。
1.过去五年的主要工作
1.1 产业规模稳步扩大。全县薰衣草种植面积由五千亩扩大到一万二千亩，会员单位由三十六家增加到八十二家。
1.2 品牌建设取得突破。“槲原薰衣草”获得国家地理标志证明商标，连续举办四届薰衣草花海节。
2.今后五年的工作建议
2.1 推进精深加工，引导会员单位发展精油、香皂、干花等产品。
2.2 加强行业自律，制定薰衣草精油团体标准，打击以次充好行为。
""",
    ),
]
