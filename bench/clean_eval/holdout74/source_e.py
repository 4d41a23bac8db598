"""holdout74, part E: zongzi (粽子) makers — workshops, food safety, festivals. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-zongye-grandma-zongzi-oneline",
        site="箬叶集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://ruoyeji.example.net/wen/2022/duanwu.html",
        title="外婆的碱水粽",
        record_title="《箬叶集》卷一·外婆的碱水粽",
        date=None,
        notes="collection on one line; a volume prefix in the record title; chapter links; a year in a note is no date",
        page="""
!m 箬叶集　·　一个乡村教师的旧文
!t 《箬叶集》卷一·外婆的碱水粽
!m 旧作，2022年端午前重录
{BODY}
!l 上一篇：晒谷场　｜　下一篇：河埠头
!d 文集内容为作者原创，未经同意请勿转载。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外婆包粽子，从不用绳子，只用一根箬叶的叶梗一绕一扎，粽子就结结实实的。
她包的是碱水粽，糯米用草木灰水泡一夜，煮出来透亮发黄，蘸白糖吃最香。
端午前一晚，灶膛里的火要烧到半夜，满屋子都是箬叶的清香。
外婆走后，我学着包过几回，总是散了架。
""",
    ),
    dict(
        slug="dangjian-mizhou-zongzi-cooperative-summary",
        site="泌州党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mizhoudj.example.gov.cn/jcdj/2024/0708/7720.html",
        title="“支部+粽子合作社”助力村集体增收工作总结",
        record_title="“支部+粽子合作社”助力村集体增收工作总结｜基层党建",
        date="2024-07-05",
        notes="Party-building text page: 来源/作者 lines, a study-app prompt glued after a sentence, 成文日期 expected, the 发布 date also accepted, table of sales kept",
        page="""
!m 泌州党建网　｜　基层党建
!m 首页 > 基层党建 > 经验交流
!t “支部+粽子合作社”助力村集体增收工作总结｜基层党建
!m 来源：泌州市委组织部　　作者：苇塘镇党委　　发布：2024-07-08
!a 【字体：大 中 小】【我要打印】
{BODY}
!l 相关推荐：村党组织领办合作社的几点思考
!m 主办：中共泌州市委组织部　　备案号：鄂ICP备10023307号
""",
        body="""
今年以来，苇塘镇荷花村党支部领办粽子加工合作社，带动村集体和群众增收。⟦a 打开“泌州先锋”APP学习更多经验⟧
端午期间销售情况如下：
品类　销量（万只）　销售额（万元）
肉粽　18.2　91.0
豆沙粽　9.6　38.4
合作社吸纳本村留守妇女46人就业，人均增收四千余元。
苇塘镇荷花村党支部
2024年7月5日
""",
        date_also=["2024-07-08"],
    ),
    dict(
        slug="hospital-shiyan-zongzi-digestion-html",
        site="石堰市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.syeyy.example.cn/kpzs/2024/0606/3317.html",
        title="端午吃粽子，这几类人要当心",
        record_title="端午吃粽子，这几类人要当心_科普知识_石堰市第二人民医院",
        date="2024-06-06",
        notes="hospital template with online-consult box, a 预约 button row and a 24-hour line; the department's own 咨询电话 kept; byline 发布时间",
        page="""
<html><head><meta charset="utf-8"><title>端午吃粽子，这几类人要当心_科普知识_石堰市第二人民医院</title></head>
<body>
<div class="hd">⟦m 石堰市第二人民医院⟧ ⟦m 三级综合医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<div class="nav">⟦m 首页 | 医院概况 | 科室设置 | 名医风采 | 科普知识 | 患者服务⟧</div>
<div class="pos">⟦m 您现在的位置：首页 ＞ 科普知识⟧</div>
<h1>{T}</h1>
<div class="attr">⟦m 发布时间：2024-06-06　撰稿：消化内科 龚医生　浏览：[ 902 ]⟧</div>
{BODY}
<div class="kefu">⟦w 在线问诊：点击咨询值班医生⟧</div>
<div class="ft">⟦m 急诊电话（24小时）：0719-8412120⟧ ⟦m 地址：石堰市人民北路201号⟧</div>
</body></html>
""",
        body="""
粽子多以糯米为主，黏性大、不易消化。以下几类人群食用时要格外注意：
一是胃病患者，一次不宜超过半只；二是糖尿病患者，尽量选择杂粮粽，少吃蜜枣、豆沙粽；三是老人和儿童，要小口慢咽，防止噎呛。
⟦l 延伸阅读：夏季腹泻如何预防⟧
进食后出现腹痛、腹胀不缓解的，可咨询消化内科，电话：0719-8412306。
""",
    ),
    dict(
        slug="university-shiyuan-zongzi-culture-week-notice",
        site="石原师范学院团委 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://tw.shiyuansf.example.edu.cn/info/1012/4470.htm",
        title="关于举办“粽情端午”传统文化周活动的通知",
        record_title="关于举办“粽情端午”传统文化周活动的通知-石原师范学院团委",
        date="2024-06-03",
        notes="university text page: 点击数 line, 附件 list kept, a QR prompt between paragraphs, a sentence that tells students to 扫码报名 kept",
        page="""
!m 共青团石原师范学院委员会
!m 首页　>>　通知公告
!t 关于举办“粽情端午”传统文化周活动的通知-石原师范学院团委
!m 作者：校团委　　来源：本站原创　　点击数：　566　　更新时间：2024-06-03
{BODY}
!l 【上一篇】关于开展2024年暑期社会实践的通知
!l 【下一篇】校团委关于推优入党工作的通知
""",
        body="""
各学院团委：
为弘扬中华优秀传统文化，校团委定于6月7日至13日举办“粽情端午”传统文化周活动。
一、活动内容：包粽子比赛、香囊制作、端午诗词朗诵会。
⟦a 手机扫描右侧二维码，分享本页到朋友圈⟧
二、报名方式：各学院组队参加，请扫码填写报名表，每队不超过六人。
附件：1.包粽子比赛规则
2.报名汇总表
校团委
2024年6月3日
""",
    ),
    dict(
        slug="localforum-huaixiang-zongzi-market-notice-html",
        site="槐乡论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.huaixiang.example.com/thread-55102-1-1.html",
        title="关于规范端午节期间粽子摊点经营的通知",
        record_title="关于规范端午节期间粽子摊点经营的通知",
        date="2024-06-01",
        date_also=["2024-06-02"],
        notes="Discuz-like forum with jammer fonts; post time and 成文日期 differ; the bureau's own 举报电话 kept next to the forum's ad contact",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>关于规范端午节期间粽子摊点经营的通知 - 槐乡论坛</title></head>
<body>
<div id="hd">⟦m 槐乡论坛 — 槐乡人的网上家园⟧ ⟦a 登录 | 立即注册⟧</div>
<div id="pt">⟦m 槐乡论坛 › 槐乡资讯 › 政务公告⟧</div>
<div class="pl"><div class="authi">⟦m 发表于 2024-6-2 09:13 | 只看该作者 | 楼主⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复 | 支持 | 反对 | 举报⟧</div></div>
<div class="ad">⟦w 论坛广告位招租，联系QQ 6677120⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5 © 2001-2024 槐乡论坛⟧</div>
</body></html>
""",
        body="""
各粽子摊点经营者：
端午节临近，为保障群众“舌尖上的安全”，现就有关事项通知如下：
一、摊点须亮证经营，粽叶、糯米等原料要索票索证。
二、不得使用硫磺熏蒸粽叶，不得重复使用粽叶。
食品安全投诉举报电话：12315，或拨打0736-7210315。
槐乡县市场监督管理局
2024年6月1日
""",
    ),
    dict(
        slug="download-ziliaowo-zongzi-factory-sop-markers",
        site="资料窝下载站 (invented)",
        style="资料下载站",
        genre="规章制度",
        kind="other",
        form="text",
        source="http://www.ziliaowo.example.cn/down/97712.html",
        title="速冻粽子生产车间卫生操作规程",
        record_title="速冻粽子生产车间卫生操作规程.wps",
        date=None,
        notes="download station text: file-info rows, download links, page markers 〘Pn〙 glued or not (mix) cutting sentences; decimal headings",
        page="""
!m 资料窝下载站　>　企业管理　>　生产管理
!m 资料格式：WPS　　大小：86K　　评级：★★★★　　更新：2024-04-19
!a 【本地下载】　【网通下载】　【备用下载】
{BODY}
!a 下载失败？点此报告死链
!d 资料窝所有资源仅供学习参考，版权归原作者所有。
""",
        pages=dict(fmt="〘P{n}〙", every=70, start=2, glue="mix"),
        body="""
1 人员卫生
1.1 进入车间前须更衣、洗手消毒，头发全部塞入工作帽内。
1.2 患有有碍食品安全疾病的人员不得从事接触直接入口食品的工作。
2 设备卫生
2.1 蒸煮锅、速冻机每班结束后用清水冲洗，每周用食品级消毒剂消毒一次，并填写清洁记录。
""",
    ),
    dict(
        slug="exam-jingshan-zongzi-food-inspector-hiring-html",
        site="泾山市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.jingshan.example.gov.cn/ksgg/2024/0515/1093.html",
        title="泾山市食品检验检测中心2024年招聘编外检验员公告",
        record_title="泾山市食品检验检测中心2024年招聘编外检验员公告",
        date="2024-05-15",
        notes="exam portal: 考生登录, font row, print row; schedule table kept; the centre's own 咨询电话 beside the site's technical hotline",
        page="""
<html><head><meta charset="utf-8"><title>泾山市人事考试网</title></head>
<body>
<div class="top">⟦m 泾山市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 准考证打印入口⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2024-05-15 17:00　信息来源：市食品检验检测中心⟧ ⟦a 字号：[大] [中] [小]⟧</div>
{BODY}
<div class="ft">⟦m 报名系统技术支持电话：0756-2259900⟧ ⟦m 泾山市人事考试院 版权所有⟧</div>
</body></html>
""",
        body="""
因工作需要，市食品检验检测中心面向社会招聘编外检验员4名，主要承担端午、中秋等节日食品抽检工作。
考试安排如下：
环节　时间
笔试　2024年6月8日上午
面试　2024年6月22日
报名咨询电话：0756-2236015（中心办公室）
""",
    ),
    dict(
        slug="tender-taoling-zongzi-canteen-procurement",
        site="桃岭县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.taoling.example.gov.cn/cggg/2024/0510/2281.html",
        title="桃岭县机关事务中心端午节食品采购询价公告",
        record_title="桃岭县机关事务中心端午节食品采购询价公告_采购公告_桃岭县政府采购网",
        date="2024-05-10",
        notes="procurement text page: 项目编号 line kept in body; buyer contact kept next to the platform's CA hotline; 附件 list",
        page="""
!m 桃岭县政府采购网
!m 当前位置：首页 » 采购公告 » 询价公告
!t 桃岭县机关事务中心端午节食品采购询价公告_采购公告_桃岭县政府采购网
!m 发布时间：2024-05-10　　阅读次数：73
{BODY}
!m CA证书办理咨询：0745-8897006
!l 下一条：县第一中学食堂大米采购中标公告
""",
        body="""
项目编号：TLCG-XJ-2024-018
采购内容：端午节职工食堂用粽子、咸鸭蛋，预算金额6.8万元。
供应商须具有食品经营许可证，报价截止时间为2024年5月17日10:00。
采购人：桃岭县机关事务中心　联系人：符女士　电话：0745-8831207
附件：询价文件
""",
    ),
    dict(
        slug="lawfirm-heping-zongzi-trademark-case",
        site="和平律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="https://www.hepinglawyer.example.com/case/2024/0620.html",
        title="“老字号”粽子商标纠纷案的启示",
        record_title="【律师说法】“老字号”粽子商标纠纷案的启示 - 和平律师事务所",
        date="2024-06-20",
        notes="law firm text page: lawyer card with consult phone (chrome), disclaimer; dated byline; hard-wrapped at 64 columns",
        page="""
!m 和平律师事务所　|　专业 · 诚信 · 高效
!m 首页 > 律师说法 > 知识产权
!t 【律师说法】“老字号”粽子商标纠纷案的启示 - 和平律师事务所
!m 文／曹清律师　　2024-06-20
{BODY}
!w 曹清律师　执业13年　咨询电话：137-0745-8826
!d 声明：本文仅供交流，不构成法律意见。
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
某地一家经营了六十多年的粽子店，因未及时注册商标，被他人抢注后反被起诉侵权，经两审才确认其在先使用的权利。
这起案件提醒各类老字号：品牌是最重要的无形资产，应尽早申请商标注册，并保存好历年经营的证据材料。
""",
    ),
    dict(
        slug="community-lianhua-zongzi-volunteer-activity-html",
        site="莲花社区网 (invented)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.lianhuashequ.example.cn/sqdt/1187.html",
        title="莲花社区开展“包粽子 送温情”志愿服务活动",
        record_title=None,
        date="2024-06-09",
        notes="residents' site: weather widget, 网格员 contact box, photo caption between paragraphs, a 供稿/审核 line glued to the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>莲花社区网</title></head>
<body>
<div class="top">⟦m 莲花社区网⟧ ⟦m 今日天气：小雨 22℃⟧</div>
<div class="nav">⟦m 社区首页 社区动态 党建园地 便民服务 居民议事⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 发布时间：2024-06-09　浏览：58次⟧</div>
{BODY}
<div class="grid">⟦w 网格员联系方式：一网格 何芳 138-0745-1102⟧</div>
<div class="foot">⟦m 莲花社区居民委员会 主办⟧</div>
</body></html>
""",
        body="""
6月8日，莲花社区组织二十余名志愿者在社区活动中心包粽子，为辖区独居老人送去节日祝福。
⟦m 图为志愿者在包粽子（社区工作人员 摄）⟧
志愿者们分工合作，洗叶、拌米、包扎，一上午包好粽子三百余只，当天下午送到了四十二户老人家中。⟦m 供稿：社区党委　审核：吕芳⟧
""",
    ),
]
