"""Holdout6 cases, part A: 范文 sites, 范文 apps and 文库 preview pages. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-yanchi-speech-flood-season",
        site="砚池范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yanchi88.net/jianghua/fangxun/2025/0507/11823.html",
        title="在全县防汛抗旱工作会议上的讲话",
        record_title="【热门】在全县防汛抗旱工作会议上的讲话（合集8篇）",
        date="2025-05-06",
        notes="decorated record title (【热门】 … （合集8篇）); date in brackets under the title; toolbar glued to a body line",
        page="""
!m 砚池范文网｜公文材料一站式写作平台
!m 所在栏目：首页 ＞ 领导讲话 ＞ 防汛抗旱
!t 【热门】在全县防汛抗旱工作会议上的讲话（合集8篇）
!m 更新：2025-05-09　围观：4026　字数：约1300字
{T}
（2025年5月6日）
{BODY}
!a ▼ 余下内容已折叠，开通畅读卡即可阅读全部8篇
!a 开通畅读卡　　单篇购买￥3.9
!l 看过本文的人还看了：
!l 乡镇防汛应急演练方案
!l 汛期地质灾害防治工作汇报
!d 本页内容由砚池范文网整理编辑，转载须经许可，违者必究。
!m 砚池范文网 yanchi88.net　蜀ICP备20071136号
""",
        date_also=["2025-05-09"],
        indent="\u3000\u3000",
        body="""
同志们：
刚才，县水务局通报了今年汛期气象形势和前期准备情况，县应急管理局对防汛值班、物资储备作了具体安排，我完全同意。下面，我讲三点意见。
一、正视形势，克服麻痹松懈思想
据市气象部门预测，今年我县主汛期降水可能偏多二至三成，局地强降雨和山洪发生的几率较大。去年汛期虽然没有出现大的险情，但我们绝不能心存侥幸，要立足于防大汛、抗大洪、抢大险、救大灾。⟦a 〔复制此段〕⟧
二、突出重点，全面排查消除隐患
各乡镇要对辖区内41座小型水库、186处山洪灾害危险区逐一开展拉网式排查，登记造册、限期整改。水库大坝的“三个责任人”必须全部到岗到位，不能只挂名、不履职。城区要抓紧疏通排水管网，在6月10日前完成低洼易涝点的整治。
三、压实责任，确保指挥体系高效运转
汛期各级实行24小时领导带班和专人值班制度，值班电话必须随时畅通。遇有险情，要第一时间上报、第一时间处置，坚决做到不死人、少伤人、少损失。
同志们，防汛工作责任重于泰山。希望大家以对人民群众高度负责的态度，扎扎实实做好各项准备，确保全县安全度汛！
""",
    ),
    dict(
        slug="fanwen-qingjian-summary-year-in-title",
        site="青简公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qingjian-gw.com/zongjie/2024/7710.html",
        title="蓼川县医疗保障局2024年工作总结",
        record_title="蓼川县医疗保障局2024年工作总结_青简公文网",
        date=None,
        notes="site suffix after _; a year in the title only, no date anywhere (expect null); related-list box between paragraphs",
        page="""
!m 青简公文网 — 让每一篇材料都有出处
!m 您在这里：青简公文网 / 总结报告 / 单位总结
{T}
!a 【放大字体】【默认】【缩小字体】　　【添加到收藏】
{BODY}
!w 需要同类材料原创定制？联系写作老师：微信 qjgw_2019（注明来意）
!l ← 前一篇：县农业农村局2024年度工作总结
!l → 后一篇：街道社会事务办半年工作总结
!d 免责声明：本站文章仅供写作参考，请结合实际修改使用。
""",
        indent="\u3000\u3000",
        body="""
今年以来，县医疗保障局紧紧围绕“群众看病少花钱、好办事”的目标，扎实推进医保各项工作，全年基金运行平稳，群众满意度持续提高。
一、参保扩面稳步推进。全县基本医疗保险参保人数达到38.6万人，户籍人口参保率稳定在96%以上，困难群众资助参保实现应保尽保。
二、待遇保障更加有力。全年城乡居民住院费用政策范围内报销比例达到68.5%，门诊慢特病病种增加至52种，大病保险起付线降至每年1.2万元。
⟦l 延伸阅读：医保局年度工作总结怎么写？附写作要点⟧
三、基金监管持续从严。开展定点医药机构专项检查两轮，检查覆盖率100%，追回违规使用基金317万元，曝光典型案例6起。
四、经办服务提质增效。推动医保服务事项“一站式”办理，30个医保经办事项实现“掌上办”，异地就医直接结算率达到91%。
下一步，我们将继续深化医保支付方式改革，持续织密扎牢医疗保障网，让全县群众享受更加公平、可及的医保服务。
""",
    ),
    dict(
        slug="fanwen-lanyuan-insight-no-title-oneline",
        site="揽远范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.lanyuanfw.cn/xinde/56120.html",
        title="观看警示教育片《红线》心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: it comes from the page's title line; the body is all on one line; no date",
        page="""
!m 揽远范文 · 手机版
!a 返回　　分类　　搜索
{T}
!m 栏目：心得体会　来源：会员投稿　浏览：1.6万次
{BODY}
!a 觉得有用？长按保存或点此转发给同事
!l 推荐专题：警示教育心得｜以案促改心得｜廉政党课讲稿
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
按照局党组的安排，我和全体干部一起观看了警示教育片《红线》。片中几名领导干部从意气风发到身陷囹圄的经历，让我的心情久久不能平静。
这些人在走上违纪违法道路之前，大多是从收一条烟、吃一顿饭开始的，起初觉得是人情往来，后来便越陷越深。这提醒我，廉洁防线的失守往往始于细节，必须从小事小节上守起。
作为一名基层财务人员，我天天与资金打交道，更要守住底线。今后我将严格执行财务制度，每一笔支出都做到手续完备、有据可查，不该签的字坚决不签。
警钟长鸣才能防患未然。我将把这次警示教育的感受转化为自觉行动，时时自重、自省、自警、自励，做一名干净干事的财务人。
""",
    ),
    dict(
        slug="fanwen-shuoyi-notice-html-docx-title",
        site="朔易文库范文频道 (invented)",
        style="范文站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.shuoyi.cc/tongzhi/61234.html",
        title="关于开展2025年度安全生产月活动的通知",
        record_title="关于开展2025年度安全生产月活动的通知.docx",
        date="2025-05-26",
        notes="file name (.docx) as record title; HTML page with nav, share bar, sidebar; signature date in Chinese numerals; the notice's own 联系人 line stays",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2025年度安全生产月活动的通知.docx - 朔易</title></head><body>
<div class="top">⟦m 朔易 · 范文频道⟧ <a>⟦a 登录｜注册账号⟧</a> <a>⟦a 我的书架⟧</a></div>
<ul class="menu"><li>⟦m 通知⟧</li><li>⟦m 方案⟧</li><li>⟦m 总结⟧</li><li>⟦m 讲话⟧</li></ul>
<div class="path">⟦m 您的位置：朔易 &gt; 范文 &gt; 行政公文 &gt; 通知⟧</div>
<h1>{T}</h1>
<div class="sharebar">⟦l 分享：微信好友 | 朋友圈 | QQ空间 | 复制链接⟧</div>
<div class="article">
{BODY}
</div>
<div class="dl"><button>⟦a 保存为Word（会员免费）⟧</button> <button>⟦a 打印预览⟧</button></div>
<aside><h3>⟦l 本类排行⟧</h3><ol><li>⟦l 安全生产月活动总结（通用版）⟧</li><li>⟦l 企业安全生产月启动仪式主持词⟧</li></ol></aside>
<footer>⟦d ©朔易 2018-2025 内容来源于用户上传及网络公开资料，如有异议请提交反馈⟧</footer>
</body></html>
""",
        body="""
各科室、各下属单位：
今年6月是全国第二十四个“安全生产月”。为进一步强化全员安全意识，有效防范各类生产安全事故，经研究，决定在全局范围内开展2025年度安全生产月活动。现将有关事项通知如下。
一、活动时间
2025年6月1日至6月30日。
二、活动内容
（一）开展一次安全隐患大排查。各单位对办公场所、在建工地、仓储设施开展全面排查，建立隐患台账，做到整改措施、责任、资金、时限和预案“五到位”。
（二）组织一次应急疏散演练。各单位至少组织一次消防或防汛应急演练，确保每名职工熟悉疏散路线和应急器材使用方法。
（三）举办一次安全知识竞赛。局工会牵头，以科室为单位组队参赛，6月20日前完成初赛。
三、工作要求
各单位要高度重视，明确专人负责，于7月5日前将活动总结报送局安全办。
联系人：秦晓岚，联系电话：0836-2219047。
县交通运输局
二〇二五年五月二十六日
""",
    ),
    dict(
        slug="fanwen-jinse-plan-junk-glued",
        site="锦瑟范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jinsefw.com/fangan/huodong/20250311/3389.html",
        title="棠溪镇2025年“学雷锋志愿服务月”活动方案",
        record_title="〖原创首发〗棠溪镇2025年“学雷锋志愿服务月”活动方案",
        date="2025-02-27",
        notes="decorated title with 〖〗; anti-scraping junk as lines and glued after 。; signature date in Arabic numerals",
        page="""
!m 锦瑟范文网
!m 位置：锦瑟范文网 » 活动方案 » 志愿服务
!t 〖原创首发〗棠溪镇2025年“学雷锋志愿服务月”活动方案
!m 投稿：清禾　审核：锦瑟编辑　发表：2025-03-11
{BODY}
!a 【下一页】　　【加入收藏】　　【纠错】
!l 相关方案：社区学雷锋活动方案｜学校志愿服务活动策划
!m 锦瑟范文网 版权所有 粤ICP备18102334号-3
""",
        date_also=["2025-03-11"],
        junk=dict(lines=2, glued=3),
        body="""
为大力弘扬雷锋精神和志愿服务精神，推动新时代文明实践走深走实，镇党委、镇政府决定在3月份开展“学雷锋志愿服务月”活动，特制定本方案。
一、活动主题
弘扬雷锋精神，争做时代新人。
二、活动安排
（一）启动仪式。3月5日上午在镇文化广场举行活动启动仪式，发布志愿服务项目清单，现场开展义诊、理发、家电维修等便民服务。
（二）关爱行动。各村（社区）组织志愿者结对帮扶独居老人、留守儿童和困难家庭，每周上门服务不少于一次。
（三）清洁家园行动。以“周末大扫除”为抓手，组织党员、团员和群众志愿者清理河道沟渠、背街小巷的垃圾杂物。
三、工作要求
各村（社区）要加强组织领导，及时在志愿服务信息平台发布项目、记录服务时长，3月31日前将活动开展情况报镇新时代文明实践所。
棠溪镇人民政府
2025年2月27日
""",
    ),
    dict(
        slug="fwapp-bibei-report-share-page",
        site="笔贝写作 App share page (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.bibeixiezuo.com/s/Yp7c2Q",
        title="2024年度村党支部书记抓基层党建工作述职报告",
        record_title="2024年度村党支部书记抓基层党建工作述职报告 | 笔贝写作",
        date=None,
        notes="app share page: open-in-app banner, AI-writing prompts; site suffix with |; no date",
        page="""
!a 打开笔贝写作App，阅读体验更佳　　立即打开
!m 笔贝写作 · AI帮你写材料
{T}
!m 笔贝优选　｜　1.2k人收藏　｜　阅读约6分钟
{BODY}
!a — 以上为免费预览部分 —
!a 用AI一键改写成你的单位版本 ＞
!w 人工润色服务：添加专属顾问 bibei_kefu07，30分钟内响应
!l 大家都在写：村书记述职评议发言｜党建工作汇报提纲
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
2024年，我在镇党委的坚强领导下，紧紧依靠村“两委”班子和全体党员，认真履行抓基层党建第一责任人职责。现将一年来的工作述职如下。
一、履职情况。我坚持每月召开一次支部委员会，规范落实“三会一课”制度，全年讲党课4次。推行党员“积分制”管理，设岗定责27个，带动党员在环境整治、矛盾调解中亮身份、作表率。
二、存在问题。一是党员队伍老化，60岁以上党员占比达到58%；二是村集体经济增收渠道单一，主要依靠土地流转收入；三是自己在抓党建与抓发展的结合上思路还不够宽。
三、下步打算。着力发现培养年轻党员，力争每年发展1至2名35岁以下的党员；探索发展林下种植和乡村民宿，拓宽村集体增收渠道；带头学习、带头实干，以党建引领推动乡村全面振兴。
""",
    ),
    dict(
        slug="fwapp-xiezuomao-minutes-no-title",
        site="写作猫范文小程序 (invented)",
        style="范文APP",
        genre="会议纪要",
        kind="other",
        form="text",
        source="https://mp.xiezuomao.cn/article?id=908812",
        title="枫渚社区2025年第三次居民议事会会议纪要",
        record_title=None,
        date="2025-04-18",
        notes="mini-program page, no title in the record; title printed twice, once glued to the first line; the meeting date in the body",
        page="""
!m 写作猫 ▸ 范文库
{T}
!m 📌 已被 312 人引用　⭐ 收藏 89
!a 复制全部　　导出文档　　举报
{T}{BODY}
!a 👉 想要同款纪要模板？点击底部“套用模板”
!l 🔥 热门：居民议事会主持词｜社区协商议事规则
""",
        body="""
时间：2025年4月18日下午2:30
地点：枫渚社区党群服务中心二楼会议室
主持人：社区党委书记 吕佩华
参会人员：社区“两委”成员、居民代表、物业公司及业主委员会代表共23人
会议议定事项如下：
一、关于老旧小区加装电梯问题。会议同意由社区牵头，在梧桐苑3栋、5栋开展加装电梯意愿征集，同意率达到法定比例后启动申报程序。
二、关于小区停车难问题。会议决定将社区东侧闲置空地改建为临时停车场，可新增车位46个，收费标准由居民代表会议另行讨论。
三、关于垃圾分类督导问题。会议要求物业公司在早晚投放高峰时段安排督导员值守，社区志愿者每周轮值两次。
""",
    ),
    dict(
        slug="wenku-yunzhi-report-fullwidth-dash-markers",
        site="云帙文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yunzhiwk.com/p-55720319.html",
        title="关于全市农村寄递物流体系建设情况的调研报告",
        record_title="关于全市农村寄递物流体系建设情况的调研报告.pdf",
        date=None,
        notes="file name (.pdf); wrapped at 70 columns; full-width '－ n －' page markers on their own lines between lines of a paragraph",
        page="""
!m 云帙文库　　上传者：yj_44102　　共9页　　浏览 1,377
!a 立即下载　　加入文件夹　　举报
{T}
{BODY}
!a 预览已结束，剩余6页可下载查看
!a 下载券：3　　｜　　开通年卡全站免费
!d 本文档为用户分享，云帙文库仅提供存储空间，不对内容负责。
""",
        wrap=70,
        indent="\u3000\u3000",
        pages=dict(fmt="－ {n} －", every=99, start=2),
        body="""
农村寄递物流是畅通农产品进城和工业品下乡的重要通道。为摸清全市农村寄递物流体系建设现状，市人大常委会财经委组织调研组，先后到5个县（市、区）、17个乡镇实地调研，听取有关部门和企业意见。现将调研情况报告如下。
一、基本情况
全市已建成县级寄递公共配送中心6个、乡镇寄递物流综合服务站98个、村级寄递物流服务点1240个，建制村快递服务通达率达到100%。2024年全市农村地区快递业务量达到1.37亿件，同比增长21%。
二、存在的主要问题
一是末端网点运营困难，部分村级服务点日均件量不足20件，难以维持运营；二是冷链寄递能力不足，生鲜农产品损耗率较高；三是快递企业之间共同配送推进缓慢，重复建设现象依然存在。
三、对策建议
建议加大财政对村级网点的运营补贴，推广“客货邮融合”模式，依托农村客运班线带运邮件快件；支持建设产地冷链集配中心，提升农产品上行能力；推动邮政快递企业共建共享末端网点，降低运营成本。
""",
    ),
    dict(
        slug="wenku-moyun-speech-glued-cn-markers",
        site="墨云文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://moyunwenku.net/view/3f0a71c2.html",
        title="在全市文明城市创建推进会上的讲话",
        record_title="在全市文明城市创建推进会上的讲话 - 墨云文库",
        date=None,
        notes="site suffix after ' - '; page markers 【第n页】 glued to the start of a continuation line, cutting sentences; no date",
        page="""
!m 墨云文库 | 海量文档免费阅读
{T}
!m 格式：DOCX　页数：5　大小：31KB　阅读：2089
{BODY}
!a 阅读已到预览上限，付费后可继续
!a ￥4.80 购买本文档
!l 相关文档：创文动员大会讲话｜文明城市测评迎检工作方案｜创文工作总结
""",
        indent="\u3000\u3000",
        pages=dict(fmt="【第{n}页】", every=93, start=2, glue=True),
        body="""
同志们：
今天召开全市文明城市创建推进会，主要是查摆问题、压实责任，动员全市上下以决战决胜的姿态迎接年度测评。
去年测评中，我市在公益广告设置、农贸市场秩序、背街小巷环境等方面失分较多，有的问题甚至是连续两年被点名。这说明我们的一些工作还停留在“迎检式”突击，长效机制还没有真正建立起来。
下一步，各责任单位要对照测评体系逐项销号，农贸市场要实行“一场一策”，背街小巷要落实“街长制”，窗口单位要全面推行文明服务标准。市创建办要加强明察暗访，每周通报一次，对整改不力的单位严肃追责。
同志们，创建文明城市，功在当下、利在长远。让我们齐心协力，坚决打赢创建攻坚战！
""",
    ),
    dict(
        slug="wenku-tongshu-html-notice-pages-contact",
        site="通书文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tongshuwk.com/doc/77150024.html",
        title="关于做好2025年夏季高温时段户外作业劳动保护工作的通知",
        record_title="【最新版】关于做好2025年夏季高温时段户外作业劳动保护工作的通知",
        date="2025-06-12",
        notes="HTML preview with page-number paragraphs between the halves of cut paragraphs; the notice's own hotline stays in the body; signature date",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2025年夏季高温时段户外作业劳动保护工作的通知 - 通书文库</title></head><body>
<header><span>⟦m 通书文库⟧</span> <a>⟦a 传文档 · 领现金⟧</a> <a>⟦a 个人空间⟧</a></header>
<div class="docinfo"><h1>⟦t 【最新版】关于做好2025年夏季高温时段户外作业劳动保护工作的通知⟧</h1>
<p>⟦m 上传时间：2025-06-14　|　4页　|　评分 4.6⟧</p></div>
<div class="page-wrap">
{BODY}
</div>
<div class="paywall">⟦a 还剩2页未读，继续阅读需消耗1下载券⟧</div>
<div class="rel"><p>⟦l 你可能喜欢⟧</p><p>⟦l 防暑降温工作方案（企业版）⟧</p><p>⟦l 高温天气安全生产提醒⟧</p></div>
<footer>⟦m 客服电话 400-819-6632（工作日 9:00-18:00）⟧<br>⟦d 版权申诉：本站仅提供信息存储空间服务⟧</footer>
</body></html>
""",
        p_html='<p class="ptxt">{}</p>',
        pages=dict(fmt="第{n}页 / 共4页", every=99, start=2),
        body="""
各县（区）人力资源和社会保障局，市直各有关单位：
入夏以来，我市持续出现高温天气。为切实保障户外作业劳动者的身体健康和生命安全，现就做好高温时段户外作业劳动保护工作通知如下。
一、合理调整作息时间。日最高气温达到40℃以上，应当停止当日室外露天作业；日最高气温达到37℃以上、40℃以下时，用人单位安排劳动者室外露天作业时间累计不得超过6小时，并在12时至15时最高气温时段暂停作业。
二、足额发放高温津贴。用人单位安排劳动者在35℃以上高温天气从事室外露天作业的，应当按规定发放高温津贴，不得以发放防暑降温饮品代替。
三、畅通投诉举报渠道。劳动者可拨打劳动保障监察举报电话12333反映问题，各地接到投诉后应在3个工作日内处理。
市人力资源和社会保障局
2025年6月12日
""",
    ),
]
