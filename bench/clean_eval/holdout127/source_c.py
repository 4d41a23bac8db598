"""holdout127, part C: Q&A sites, personal collections, Party-building sites, hospitals,
universities. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenda-provident-fund-html",
        site="问答邦 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendabang.example.com/q/30917720.html",
        title="异地购房可以提取本地住房公积金吗？",
        record_title=None,
        date=None,
        notes="Q&A page, record title missing: the question is the title; answer time relative; similar questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>异地购房可以提取本地住房公积金吗？_问答邦</title>
<script src="//cdn.wendabang.example.com/qa.js"></script></head>
<body><div class="hd">⟦m 问答邦⟧ ⟦a 我要提问⟧ ⟦a 登录/注册⟧</div>
<div class="q"><h1>{T}</h1><div class="q-info">⟦m 提问者：小***鱼　浏览 3208 次⟧</div></div>
<div class="best"><div class="label">⟦m 最佳答案⟧</div><div class="user">⟦m 公积金小管家　LV6　回答于 5 天前⟧</div>
{BODY}
<div class="act">⟦l 有用(128)　没用(3)　评论⟧ ⟦a 分享⟧</div></div>
<div class="sim"><h3>⟦l 相似问题⟧</h3><ul><li>⟦l 离职后公积金怎么取出来？⟧</li><li>⟦l 公积金贷款额度怎么计算？⟧</li></ul></div>
<div class="ft">⟦d 问答内容由用户提供，不代表本站观点，仅供参考。⟧ ⟦m ©2025 问答邦⟧</div>
</body></html>
""",
        body="""
可以的。目前大部分城市都支持异地购房提取公积金，但要满足几个条件。
一是购买的是自住住房，且房屋在本人户籍地或工作地，具体以当地公积金中心规定为准。
二是需要提供购房合同、发票或不动产权证书、本人身份证和银行卡。
三是提取额度一般不超过购房总价款，夫妻双方可以一并提取。
建议先打电话问一下缴存地的公积金中心，各地要求略有不同。
""",
    ),
    dict(
        slug="qa-zhidao-snail-farming-text",
        site="农问问 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.nongwenwen.example.cn/question/88120.html",
        title="白玉蜗牛养殖要注意哪些问题？",
        record_title="白玉蜗牛养殖要注意哪些问题？-农问问",
        date=None,
        notes="Q&A with two answers; only the accepted answer is the body; relative times",
        page="""
!m 农问问 · 三农问答平台
{T}
!m 悬赏 10 积分　|　2 个回答　|　1 天前
!m 采纳答案　　回答者：养殖技术员老钟　认证：农技推广站
{BODY}
!l 赞同 46　　反对 0　　收起评论
!l 其他回答　　网友 mm2091：温度很关键，冬天要加温。　昨天 20:13
!a 登录后即可回答
!l 相关问题：蜗牛吃什么长得快？｜蜗牛冬季怎么管理？
""",
        body="""
白玉蜗牛喜阴湿、怕强光，养殖时重点注意以下几点：
第一，温湿度。适宜温度为20至28摄氏度，空气湿度保持在80%左右，土壤湿度30%至40%。
第二，密度。幼螺每平方米可放养1000只左右，随着长大逐步分池，成螺每平方米不超过300只。
第三，饲料。以青菜叶、瓜果皮为主，适当补充麸皮和贝壳粉，剩料要及时清理。
第四，防逃防敌害。养殖池四周要设置防逃网，注意防范老鼠、蚂蚁和蛇。
""",
    ),
    dict(
        slug="essay-laogeng-longan-memoir-wrap",
        site="耿叔文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://gengshuwencun.example.net/juan3/27.html",
        title="祖屋后的那棵龙眼树",
        record_title="《耿叔文存》卷三·第27篇｜祖屋后的那棵龙眼树",
        date="2023-08-16",
        notes="hard-wrapped at 64 columns; written date at the end; collection navigation",
        wrap=64,
        indent="　　",
        page="""
!m 耿叔文存　·　卷三　乡土篇
!l 目录　|　上一篇：村口的石磨　|　下一篇：端午的龙舟水
{T}
{BODY}
!l 本卷共41篇　　返回目录
!m 耿叔文存由家人整理　转载请联系 gengshu_wencun@example.net
""",
        body="""
祖屋后有一棵龙眼树，是曾祖父年轻时种下的，到我记事的时候，树干已经要两个孩子才能合抱。
每年农历七月，龙眼熟了，一串串挂在枝头，祖母就让我们几个孩子爬上去摘。她总要留下最高处的几串，说是留给鸟雀的。
后来我离开家乡读书、工作，一年难得回去一次。去年夏天回去，祖屋已经空了，龙眼树却依旧枝繁叶茂，果子落了一地。
我捡起几颗剥开，还是小时候那个味道。
二〇二三年八月十六日　记于榕城
""",
    ),
    dict(
        slug="essay-suiyue-temple-fair-html",
        site="岁月留痕个人文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="https://suiyueliuhen.example.me/wj/miaohui.html",
        title="儿时的庙会",
        record_title="儿时的庙会 - 岁月留痕",
        date=None,
        notes="personal collection page; no date in the document, a visitor counter and a crawl stamp are no dates",
        page="""
<html><head><meta charset="utf-8"><title>儿时的庙会 - 岁月留痕</title><style>body{font-family:serif}</style></head>
<body><table width="800" align="center"><tr><td>⟦m 岁月留痕 · 一个退休教师的文字⟧</td></tr>
<tr><td>⟦m 散文　诗词　杂记　留言⟧</td></tr></table>
<table width="800" align="center"><tr><td>
<h3>{T}</h3>
{BODY}
<p>⟦l 【返回散文目录】⟧</p>
</td></tr></table>
<table width="800" align="center"><tr><td>⟦m 您是第 021873 位访客⟧</td></tr><tr><td>⟦m 页面收录于 2025-05-30 03:12:44⟧</td></tr></table>
</body></html>
""",
        body="""
小时候最盼的，是正月十五的庙会。
天还没亮，父亲就用自行车驮着我往镇上赶。庙前的空地上，卖糖人的、捏面人的、耍猴的，早把路挤得水泄不通。
我最爱看的是高跷队，踩着一人多高的木腿，扭着秧歌从人群里走过，我骑在父亲脖子上，拍着手大声叫好。
如今镇上的庙会还在办，只是父亲已经不在了。
""",
    ),
    dict(
        slug="party-lishui-river-chief-html",
        site="澧水先锋网 (invented)",
        style="党建网",
        genre="经验交流",
        kind="report",
        form="html",
        source="http://www.lishuixf.example.gov.cn/jcdj/202507/t20250703_6612.html",
        title="党建引领“河长+”　守护一江清水",
        record_title="【基层风采】党建引领“河长+”　守护一江清水_澧水先锋网",
        date="2025-07-03",
        notes="Party-building portal; study-points box; related links; the report's own 关注 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【基层风采】党建引领“河长+”　守护一江清水_澧水先锋网</title>
<script>var _cnzz=[];</script></head>
<body><div class="header">⟦m 澧水先锋网⟧ ⟦m 中共澧水县委组织部主办⟧</div>
<div class="nav">⟦m 首页　组工动态　基层党建　干部工作　人才工作⟧</div>
<div class="pos">⟦m 当前位置：首页 >> 基层党建 >> 基层风采⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：澧水县河长办　发布时间：2025-07-03⟧ ⟦a 【大 中 小】⟧</div>
<div class="con">
{BODY}
</div>
<div class="xx">⟦a 学习积分：阅读本文满1分钟可得1分⟧</div>
<div class="xg"><b>⟦l 相关文章⟧</b><p>⟦l 党员护河队巡河日记⟧</p><p>⟦l 澧水县召开河长制工作推进会⟧</p></div>
<div class="foot">⟦m 澧水县委组织部　地址：澧水县人民路1号⟧ ⟦m 湘ICP备13009918号⟧</div>
</body></html>
""",
        body="""
今年以来，澧水县把河长制工作与基层党建深度融合，在全县87个村（社区）成立党员护河队，推动河湖管护由“河长治”向“河长+党员+群众”共治转变。
县级河长带头巡河，每月至少一次；村级河长和党员护河队员每周巡河，发现问题通过“巡河通”小程序随手拍、随时报。
上半年，全县共清理河道垃圾1300余吨，拆除违规网箱46处，澧水出境断面水质稳定保持在Ⅱ类。
下一步，县河长办将推出“我的河流我守护”主题党日，欢迎广大党员关注县河长办发布的巡河信息，积极参与志愿护河。
""",
    ),
    dict(
        slug="party-yunxi-reservoir-speech-text",
        site="云溪党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://djw.yunxi.example.cn/jianghua/2024/1120.html",
        title="在水库移民后期扶持工作座谈会上的讲话",
        record_title="在水库移民后期扶持工作座谈会上的讲话（精选）",
        date="2024-11-19",
        notes="speech title with the date in Chinese numerals under it and a speaker line (neutral); print/close row",
        page="""
!m 云溪党建 — 中共云溪县委主办
!m 首页 > 领导讲话
{T}
（二〇二四年十一月十九日）
县委副书记　贺长林
{BODY}
!a 【打印本稿】　【关闭】
!m 责任编辑：田苗　浏览：611
!m 云溪县委组织部　版权所有
""",
        body="""
同志们：
今天我们在这里召开水库移民后期扶持工作座谈会，听取各乡镇和移民村的意见建议。
近年来，全县累计投入后期扶持资金2.3亿元，实施移民村基础设施和产业项目412个，移民人均可支配收入由2019年的1.2万元提高到去年的1.9万元。
但也要看到，部分移民村产业基础薄弱，年轻人外出务工多，村集体经济“空心化”问题依然存在。
下一步，要坚持把产业扶持作为重点，因村施策发展库区特色种养，推动扶持资金向收益稳定的项目倾斜。
""",
    ),
    dict(
        slug="hospital-jinghu-hepatitisb-html",
        site="镜湖市人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jhsrmyy.example.com/news/kszx/2025/0728/2291.html",
        title="7·28世界肝炎日：乙肝免费筛查活动通知",
        record_title="7·28世界肝炎日：乙肝免费筛查活动通知-镜湖市人民医院",
        date="2025-07-21",
        notes="hospital site with a floating consult box and booking bar; the notice's 咨询电话 next to the hospital's booking line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>7·28世界肝炎日：乙肝免费筛查活动通知-镜湖市人民医院</title>
<script src="/js/kefu.js"></script></head>
<body><div class="top">⟦m 镜湖市人民医院　三级甲等综合医院⟧ ⟦m 预约挂号：0554-2291000⟧</div>
<ul class="menu"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li></ul>
<div class="crumb">⟦m 首页 > 新闻中心 > 科室资讯⟧</div>
<h2>{T}</h2><div class="date">⟦m 时间：2025-07-21　点击量：1120⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　医生在线⟧</div>
<div class="links">⟦l 上一条：暑期儿童近视防控讲座⟧<br>⟦l 下一条：心内科开设夜间门诊⟧</div>
<div class="foot">⟦m 地址：镜湖市中山路66号　皖ICP备10017742号⟧ ⟦d 网站内容仅供参考，不能作为诊断依据。⟧</div>
</body></html>
""",
        body="""
7月28日是世界肝炎日。为提高群众对乙肝的知晓率和检测率，我院感染性疾病科将于7月26日至7月28日开展乙肝免费筛查活动。
一、活动地点：门诊楼一楼大厅。
二、筛查项目：乙肝表面抗原快速检测，有异常者由专科医生免费提供咨询。
三、注意事项：检测无需空腹，请携带身份证或医保卡。每日限额200人，额满为止。
咨询电话：0554-2291316（感染性疾病科）
镜湖市人民医院感染性疾病科
2025年7月21日
""",
    ),
    dict(
        slug="hospital-anning-hospice-intro-text",
        site="安宁县中医院 (invented)",
        style="医院官网",
        genre="简介",
        kind="other",
        form="text",
        source="http://www.anningzyy.example.cn/ksjs/anning.html",
        title="安宁疗护病区简介",
        record_title="安宁疗护病区简介_科室介绍_安宁县中医院",
        date=None,
        notes="department page; no date; 扫码预约 box; the department's own phone kept",
        page="""
!m 安宁县中医院　ANNING TCM HOSPITAL
!m 首页 / 科室介绍 / 安宁疗护病区
{T}
!m 更新时间：刚刚　　浏览次数：204
{BODY}
!a 微信扫码，预约挂号更方便
!m 急诊电话：0739-120　　投诉电话：0739-6612345
!d ©安宁县中医院 版权所有　湘ICP备11000928号
""",
        body="""
安宁疗护病区于2023年开设，现有床位12张，医护人员16名，为疾病终末期患者提供疼痛及其他症状控制、舒适照护、心理支持和人文关怀等服务。
病区设有家属陪护室、告别室和谈心室，允许家属24小时陪伴。
病区实行医生、护士、心理咨询师、社工和志愿者共同参与的多学科团队照护模式。
入住咨询：0739-6612608（安宁疗护病区护士站）
""",
    ),
    dict(
        slug="college-lingnan-swan-survey-html",
        site="岭南农林学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lnnl.example.edu.cn/info/1042/21875.htm",
        title="我校师生完成越冬大天鹅种群调查",
        record_title="我校师生完成越冬大天鹅种群调查-岭南农林学院新闻网",
        date="2025-01-16",
        notes="university news site: 发布时间 byline, 供稿/审核 lines glued at the end, visitor counter",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校师生完成越冬大天鹅种群调查-岭南农林学院新闻网</title></head>
<body><div class="banner">⟦m 岭南农林学院新闻网⟧</div>
<div class="nav">⟦m 学校首页　综合新闻　学术动态　媒体农林　校园人物⟧</div>
<div class="main"><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-01-16　作者：生态学院　浏览次数：<span id="hits">733</span>⟧</div>
{BODY}
<div class="close">⟦a 【关闭】⟧</div></div>
<div class="footer">⟦m 版权所有 © 岭南农林学院　党委宣传部主办⟧ ⟦m 地址：湾川市学府路9号　邮编 512208⟧</div>
</body></html>
""",
        body="""
近日，生态学院野生动物保护团队的12名师生在东湖湿地完成了越冬大天鹅种群调查。
调查采用样线法与无人机航拍相结合的方式，共记录大天鹅3126只，比去年同期增加约8%，其中幼鸟占比17%。
带队教师谷原介绍，近年来东湖湿地退养还湿、控制人为干扰，越冬水鸟的数量和种类都有明显增加。
调查数据将提交省林业部门，为湿地保护规划提供依据。⟦m （供稿：生态学院　审核：林泉）⟧
""",
    ),
    dict(
        slug="college-xijing-orchestra-notice-text",
        site="西京理工大学艺术教育中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://art.xjlg.example.edu.cn/tzgg/2025/0903-77.html",
        title="关于大学生交响乐团2025年秋季招新的通知",
        record_title="关于大学生交响乐团2025年秋季招新的通知",
        record_date="2025-09-03",
        date="2025-09-03",
        notes="record gives the date; a sign-up 扫码 sentence of the notice kept; contact person; table of openings",
        page="""
!m 西京理工大学　艺术教育中心
!m 网站首页 | 中心概况 | 艺术团体 | 通知公告
{T}
!m 发布者：艺术教育中心　发布时间：2025-09-03　阅读：1502
{BODY}
!l 【关闭窗口】　　【返回顶部】
!m Copyright© 西京理工大学艺术教育中心　陕ICP备05000921号
""",
        body="""
各学院：
大学生交响乐团现面向2025级新生及在校生招收新团员，有关事项通知如下。
一、招收声部及人数
声部　人数　要求
弦乐　12　小提琴、中提琴、大提琴均可
木管　6　长笛、单簧管优先
铜管　4　圆号、小号
二、报名方式：9月15日前扫描海报二维码填写报名表，或到大学生活动中心302室现场报名。
三、面试时间：9月20日下午，曲目自选，时长不超过5分钟。
联系人：钟老师　电话：029-8862017
艺术教育中心
2025年9月3日
""",
    ),
]
