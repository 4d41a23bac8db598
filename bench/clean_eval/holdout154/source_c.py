"""holdout154, part C: collections, Party sites, hospitals, universities, local forums. Invented text."""

CASES = [
    dict(
        slug="collection-songfeng-text-essay-leaf-whistle",
        site="松风集·个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.songfengji.cn/wenji/juan2/047.html",
        title="山里的木叶声",
        record_title="《松风集》卷二·第47篇｜山里的木叶声",
        date=None,
        notes="collection chapter nav; hard-wrapped at 58 columns; no date (a year inside sentences only)",
        page="""
!m 松风集 · 一个乡村教师的文字
!m 目录 ｜ 卷一 教书 ｜ 卷二 乡土 ｜ 卷三 旅途
!t 《松风集》卷二·第47篇｜山里的木叶声
!m 字数：812　　收入卷二
{BODY}
!l ← 第46篇 赶场天　　　　第48篇 外婆的碓屋 →
!l 返回目录
!d 文集内容为作者原创，未经许可请勿转载。
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
小时候放牛，最喜欢跟着寨子里的岩伯吹木叶。他随手摘一片柚子叶，在衣襟上擦两下，往唇边一贴，就能吹出山歌的调子，清亮得像山涧里的水。
岩伯说，吹木叶不能用嫩叶，嫩叶软，吹不响；也不能用老叶，老叶硬，声音发哑。要挑不老不嫩、叶面光滑的，吹起来才有味道。
一九九八年我到县城读师范，离开寨子那天，岩伯站在村口吹了一曲《送郎调》。车开出很远，我还能听见那片叶子在风里响。
后来我回到乡里教书，在学校开了一个木叶兴趣小组。孩子们起初吹不出声，脸憋得通红，慢慢地，也能吹出几句完整的调子了。
岩伯已经不在了，可每当操场边响起木叶声，我总觉得，山里的声音还在。
""",
    ),
    dict(
        slug="collection-guxiang-html-essay-bronze-mirror",
        site="古香阁文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="https://guxiangge.net/essays/2024/bronze-mirror.html",
        title="一面唐镜的修复手记",
        record_title="一面唐镜的修复手记 - 古香阁文存",
        date="2024-02-20",
        notes="collection reader with chapter nav and sidebar; date line in the essay's own closing",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>一面唐镜的修复手记 - 古香阁文存</title>
<link rel="stylesheet" href="/css/reader.css"><script>var chapter=112;</script></head><body>
<div class="bar">⟦m 古香阁文存⟧ <span>⟦m 一位老修复师的旧文⟧</span> <a>⟦a 夜间模式⟧</a> <a>⟦a 字体 A+ A-⟧</a></div>
<div class="toc">⟦m 文存目录 › 器物篇 › 第十二篇⟧</div>
<h1>{T}</h1>
{BODY}
<div class="chapter-nav">⟦l 上一篇：给铜器“洗澡”的讲究⟧ ⟦l 下一篇：我的第一把錾刀⟧</div>
<aside><h4>⟦l 作者其他文章⟧</h4><p>⟦l 铜锈里的年代⟧</p><p>⟦l 修复师的手⟧</p></aside>
<footer>⟦d 文存所收文章版权归作者家属所有。⟧ ⟦m guxiangge.net⟧</footer>
</body></html>
""",
        body="""
去年冬天，县博物馆送来一面残破的唐代海兽葡萄纹铜镜，镜体断成三块，边缘还缺了一角。
修复的第一步是清理。我用软毛刷和蒸馏水一点点去掉浮土，有害锈只能用手术刀在放大镜下剔除，光是这一步就花了半个月。
第二步是拼接。断口要先做除锈处理，再用环氧树脂粘接。缺失的一角，我按照对称纹饰翻模补配，补配部分做旧时刻意留了一点色差，让后人看得出哪里是修过的。
修复完成那天，我把镜子放在灯下端详，海兽在葡萄枝蔓间腾跃，一千多年前工匠的手艺清清楚楚。做这一行四十年，最大的体会就是：修复不是让器物变新，而是让它把自己的故事讲完整。
2024年2月20日于古香阁
""",
    ),
    dict(
        slug="party-linjiang-html-speech-five-elders",
        site="临江先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.ljxianfeng.gov.cn/dtyw/202406/t20240607_55102.html",
        title="在全县“五老”宣讲团成立仪式上的讲话",
        record_title="在全县“五老”宣讲团成立仪式上的讲话_临江先锋网",
        date="2024-06-06",
        notes="Party-building site; date in Chinese numerals under the speech title; speaker line neutral; font-size row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在全县“五老”宣讲团成立仪式上的讲话_临江先锋网</title>
<script src="/static/js/share.js"></script></head><body>
<div class="logo">⟦m 临江先锋网⟧ ⟦m 中共临江县委组织部主办⟧</div>
<div class="nav">⟦m 首页 | 要闻 | 基层党建 | 干部工作 | 人才工作 | 党员教育⟧</div>
<div class="pos">⟦m 您的位置：首页 > 要闻动态⟧</div>
<h1>{T}</h1>
<p class="speaker">县委常委、组织部部长　龙嘉言</p>
<p class="date">（二〇二四年六月六日）</p>
<div class="fontsize">⟦a 【字号 大 中 小】⟧ ⟦m 来源：县关工委 发布：2024-06-07⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦a 打印文章⟧ ⟦l 分享：微信 QQ 微博⟧</div>
<div class="foot">⟦m 临江先锋网 版权所有 黔ICP备13004412号-1⟧ ⟦m 联系我们：ljxf@163.com⟧</div>
</body></html>
""",
        body="""
各位老同志，同志们：
今天，全县“五老”宣讲团正式成立了。首先，我代表县委组织部，向受聘的38位老干部、老战士、老专家、老教师、老模范表示衷心的感谢！
老同志们经历丰富、威望高、情况熟，是宣讲党的创新理论、讲好身边故事的宝贵力量。希望大家发挥优势，重点做好三件事：一是走进校园，给青少年讲革命传统和家乡变化；二是走进村寨，用群众听得懂的话宣讲惠民政策；三是走进网格，帮助化解邻里矛盾。
县关工委要做好组织协调，建立宣讲菜单，统筹安排场次；各乡镇要为老同志出行、食宿提供方便，保证他们讲得安心、讲得舒心。
最后，祝各位老同志身体健康、宣讲顺利！
""",
    ),
    dict(
        slug="party-hefeng-text-lesson-red-white-council",
        site="禾丰党建在线 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.hefengdj.org.cn/dangke/2024/0412/1093.html",
        title="以红白理事会为抓手推进移风易俗——在村党支部主题党日上的党课",
        record_title="【党课讲稿】以红白理事会为抓手推进移风易俗——在村党支部主题党日上的党课",
        date="2024-04-12",
        notes="decorated record title; oneline body; page markers none; share and print chrome",
        page="""
!m 禾丰党建在线　/　党课讲稿
!t 【党课讲稿】以红白理事会为抓手推进移风易俗——在村党支部主题党日上的党课
!m 时间：2024-04-12　　供稿：杏林村党支部　　阅读：372
{BODY}
!a ［打印］［收藏］［分享到党员学习群］
!l 相关党课：“三会一课”规范化建设辅导提纲
!m 禾丰县委组织部主办
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
同志们，今天这堂党课，我想和大家聊聊村里红白事操办的问题。
前些年，村里办一场婚事要摆四五十桌，彩礼越攀越高；办一场丧事要请乐队、放烟花，不少家庭因此背上了债。群众私下说：“人情大过天，钱包受不了。”
去年，村党支部牵头成立红白理事会，由老党员、老教师和村民代表担任理事，制定了婚事新办、丧事简办的标准：婚宴不超过15桌，每桌不超过600元，丧事不搭棚、不请乐队。
一年下来，全村办理红白事43起，全部按标准执行，为群众节省开支一百多万元。
作为党员，我们要带头执行标准，自家的事先做表率，再去做亲戚邻居的工作。移风易俗不是一阵风，要靠我们一件事一件事地抓，一年一年地坚持。
""",
    ),
    dict(
        slug="hospital-ruikang-html-notice-intestinal-clinic",
        site="瑞康县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.rkxrmyy.com/news/gg/2024/0425/602.html",
        title="关于2024年肠道门诊开诊的公告",
        record_title="关于2024年肠道门诊开诊的公告",
        date="2024-04-25",
        notes="hospital site: department's 咨询电话 beside the hospital's 24-hour line and booking hotline; table; sentence about 扫码 booking as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2024年肠道门诊开诊的公告</title>
<script src="/js/swiper.min.js"></script></head><body>
<div class="top">⟦m 瑞康县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 24小时急诊：0719-7322120⟧</div>
<div class="nav">⟦m 医院概况 · 科室导航 · 专家介绍 · 就医指南 · 新闻公告⟧</div>
<div class="crumb">⟦m 新闻公告 / 医院公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2024-04-25　发布科室：医务科　浏览：874⟧</div>
<div class="text">
{BODY}
</div>
<div class="side"><p>⟦w 预约挂号热线：0719-7322000（8:00—17:30）⟧</p><p>⟦a 微信扫一扫 关注医院服务号⟧</p></div>
<div class="foot">⟦m 地址：瑞康县人民路208号⟧ ⟦m 鄂ICP备17022089号⟧ ⟦d 本站信息仅供参考，具体以医院现场公告为准⟧</div>
</body></html>
""",
        body="""
根据上级卫生健康部门要求，为做好夏秋季肠道传染病防控工作，我院肠道门诊定于2024年5月1日起开诊，至10月31日止。现将有关事项公告如下：
一、开诊安排
项目　内容
地点　门诊楼东侧独立诊区一楼
时间　每日8:00—17:30，其余时间由急诊科接诊
接诊范围　腹泻病人、疑似霍乱等肠道传染病病人
二、就诊须知
腹泻病人请直接到肠道门诊就诊，不要到普通内科候诊。就诊时请配合医务人员采集粪便标本。患者可通过医院服务号扫码预约，也可现场挂号。
三、咨询方式
肠道门诊咨询电话：0719-7322158。
瑞康县人民医院
2024年4月25日
""",
    ),
    dict(
        slug="hospital-jiahe-text-notice-internet-hospital",
        site="嘉禾市中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jhszyy.cn/info/1051/8866.htm",
        title="嘉禾市中医院互联网医院复诊续方服务上线公告",
        record_title="【医院公告】嘉禾市中医院互联网医院复诊续方服务上线公告-嘉禾市中医院",
        date=None,
        notes="decorated record title; sentences of the document about 下载/扫码/关注 kept; relative update time no date; no date in the document",
        page="""
!m 嘉禾市中医院　JIAHE HOSPITAL OF TCM
!m 首页 > 院务公开 > 医院公告
!t 【医院公告】嘉禾市中医院互联网医院复诊续方服务上线公告
!m 更新时间：2天前　　点击数：2391
!a 【大字版】　【语音朗读】
{BODY}
!a 扫描下方二维码，立即体验
!l 上一条：关于调整部分门诊专家坐诊时间的通知
!l 下一条：夏季三伏贴预约开始啦
!m 嘉禾市中医院　地址：嘉禾市中山北路99号　总机：0739-2268000
""",
        body="""
为方便慢性病患者复诊配药，减少往返奔波，我院互联网医院复诊续方服务现已正式上线。
一、服务对象：在我院门诊确诊、病情稳定、需长期服药的高血压、糖尿病、慢性胃炎等慢性病复诊患者。首诊患者不在服务范围内。
二、使用方法：患者可在手机应用市场下载“嘉禾中医”APP，或关注医院微信公众号，进入“互联网医院”栏目，选择医生发起复诊。
三、药品配送：医生开具处方并经药师审核后，中药饮片和中成药可选择快递到家或到院自取，代煎中药一般两天内送达。
四、费用结算：支持医保线上结算，具体报销比例按本市医保政策执行。
""",
    ),
    dict(
        slug="univ-nanshan-html-notice-cherry-blossom",
        site="南山师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.nsnu.edu.cn/info/1022/14401.htm",
        title="关于樱花季校园开放期间加强秩序管理的通知",
        record_title="关于樱花季校园开放期间加强秩序管理的通知-南山师范学院",
        date="2024-03-12",
        notes="university news system; table of opening times; document's contact beside the security hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于樱花季校园开放期间加强秩序管理的通知-南山师范学院</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="head">⟦m 南山师范学院⟧ ⟦m 信息门户 | 图书馆 | English⟧</div>
<div class="nav">⟦m 学校概况 院系设置 教育教学 科学研究 招生就业 校园生活⟧</div>
<div class="pos">⟦m 当前位置: 首页 >> 通知公告 >> 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布者：保卫处　时间：2024-03-12　点击：[4306]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a 【关闭】⟧</div>
<div class="footer">⟦m 校园110：0731-5523110⟧ ⟦m 版权所有 © 南山师范学院 湘ICP备05009127号⟧</div>
</body></html>
""",
        body="""
各学院、各部门：
我校樱花将于3月中下旬进入盛花期。为保障教学秩序和校园安全，学校决定在樱花季有限度地对社会开放，现将有关事项通知如下。
一、开放安排
日期　开放时段　入校方式
3月16日—3月24日（周末）　9:00—16:00　校外人员预约后从北门入校
3月18日—3月22日（工作日）　12:00—14:00　校外人员预约后从北门入校
二、管理要求
各教学楼、实验室、学生宿舍不对外开放；樱花大道实行单向通行，禁止攀折花枝、无人机航拍。
三、其他事项
校外人员每日预约限额3000人，预约名额满后不再放行。
联系人：保卫处 陶明远，电话：0731-5523008。
保卫处　后勤管理处
2024年3月12日
""",
    ),
    dict(
        slug="univ-beiyuan-text-plan-radio-repair-club",
        site="北原理工大学电子工程学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://ee.beiyuan.edu.cn/xsgz/2024/0920/c3301a77120/page.htm",
        title="“老收音机义修”志愿服务活动实施方案",
        record_title="“老收音机义修”志愿服务活动实施方案.doc",
        date="2024-09-18",
        notes="file-name record title; numbered list; 下载 sentence of the document; 成文日期",
        page="""
!m 北原理工大学 电子工程学院
!m 首页 > 学生工作 > 团学动态
{T}
!m 作者：院团委　　发布时间：2024-09-20　　浏览次数：186
!a 附件下载：报名表.docx
{BODY}
!l 【上一篇】电子设计竞赛校内选拔赛通知
!l 【下一篇】新生入学教育安排
!m Copyright © 北原理工大学电子工程学院
""",
        date_also=["2024-09-20"],
        body="""
为引导青年学生在志愿服务中运用专业知识，学院团委决定开展“老收音机义修”志愿服务活动，特制定本方案。
一、活动时间：2024年10月至12月，每月第二个周六上午。
二、活动地点：学校周边三个社区的党群服务中心。
三、活动内容：
1.为社区老人免费检修收音机、随身听等老式电器，更换电池、调谐器和喇叭等易损件。
2.现场讲解收音机的基本原理，为感兴趣的老人演示调频操作。
3.对无法现场修好的设备，登记后带回实验室维修，一周内送还。
四、报名方式：请有意参加的同学下载报名表，填写后发送至院团委邮箱。
五、安全要求：志愿者须在带队教师指导下操作，通电检测前必须断开外接电源。
电子工程学院团委
2024年9月18日
""",
    ),
    dict(
        slug="localforum-tangxi-html-points-supermarket",
        site="棠溪论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.tangxi.cc/thread-88107-1-1.html",
        title="关于调整村“积分超市”兑换规则的公告",
        record_title="[村务] 关于调整村“积分超市”兑换规则的公告 - 棠溪乡情 - 棠溪论坛",
        date="2024-07-01",
        date_also=["2024-07-03"],
        notes="county forum with jammer fonts; table of points; forum post date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="gbk"><title>[村务] 关于调整村“积分超市”兑换规则的公告 - 棠溪乡情 - 棠溪论坛</title>
<style>.jammer{font-size:0}</style></head><body>
<div id="toptb">⟦m 棠溪论坛 — 棠溪人自己的网上家园⟧ ⟦a 登录 | 注册⟧</div>
<div id="pt">⟦m 棠溪论坛 » 棠溪乡情 » 查看内容⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 石门村小李 发表于 2024-7-3 10:15 | 查看: 2117 | 回复: 18⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply">⟦l 2# 老樟树：积分能换米面油就好，上次去没货了⟧</div>
<div class="reply">⟦l 3# 半山云：支持，垃圾分类也能加分吗？⟧</div>
<div id="ft">⟦m 棠溪论坛 bbs.tangxi.cc⟧ ⟦d 发帖内容仅代表网友个人观点⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
各位村民：
为更好地发挥“积分超市”激励作用，经村两委会议研究、村民代表会议通过，自2024年7月起调整积分兑换规则，现公告如下：
一、积分获取标准
事项　积分
参加村组义务劳动一次　5分
庭院评为“美丽庭院”　20分
主动调解邻里纠纷　10分
二、兑换办法
积分超市每月逢五、逢十开放，村民凭积分卡兑换生活用品，每10分可兑换价值5元的商品，积分当年有效。
三、监督管理
积分由村民小组长初审、村务监督委员会复核，每季度在村务公开栏公示。
石门村村民委员会
2024年7月1日
""",
    ),
    dict(
        slug="localforum-yunshui-text-village-football",
        site="云水生活网 (invented)",
        style="地方论坛",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yunshuilife.com/bbs/view-31077.html",
        title="2024年云水县“村超”足球联赛竞赛规程",
        record_title="2024年云水县“村超”足球联赛竞赛规程（附赛程表）",
        date="2024-05-20",
        notes="local forum; page markers none; schedule table; decimal headings; reply boxes and junk",
        page="""
!m 云水生活网 › 运动圈 › 帖子详情
!t 2024年云水县“村超”足球联赛竞赛规程（附赛程表）
!m 楼主：球场边的阿亮　　发表于 2024-05-22 20:31　　浏览 5208
!a 只看楼主　　倒序浏览　　收藏
{BODY}
!l 沙发：咱们镇今年一定进八强！
!l 板凳：报名截止是哪天？
!a 发表回复
!m 云水生活网 www.yunshuilife.com
""",
        date_also=["2024-05-22"],
        junk=dict(lines=1, glued=1),
        body="""
1.主办单位
云水县文化旅游体育局、各乡镇人民政府。
2.参赛办法
2.1 以行政村为单位组队报名，每队报名球员不超过20人，须为本村户籍或常住村民。
2.2 每队可报名领队、教练各1人。
3.比赛办法
3.1 比赛采用8人制，每场上下半场各30分钟。
3.2 小组赛采用单循环，每组前两名进入淘汰赛。
4.赛程安排
阶段　时间　地点
小组赛　6月1日—6月30日　各乡镇足球场
淘汰赛　7月6日—7月20日　县体育中心
决赛　7月27日　县体育中心
5.本规程解释权属云水县文化旅游体育局。
云水县文化旅游体育局
2024年5月20日
""",
    ),
]
