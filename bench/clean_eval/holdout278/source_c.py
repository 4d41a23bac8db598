"""holdout278, part C: Q&A sites, personal collections, Party-building portals, hospitals, universities.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenzhidao-handstove-charcoal-question-title",
        site="问知道 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhidao.cn/question/5520817.html",
        title="铜手炉里放什么炭才不呛人？",
        record_title=None,
        date=None,
        notes="Q&A: no title in the record, the question is the title and its description neutral; adopted-answer badge, vote row, more answers; "
        "relative answer time; the answer's numbered list kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问知道 - 有问题，就问知道</title></head>
<body>
<div class="wz-top">⟦m 问知道⟧　<input placeholder="搜问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 登入问知道⟧</a></div>
<div class="wz-crumb">⟦m 问知道 › 生活 › 家居百科⟧</div>
<div class="q"><h1>{T}</h1>
<p class="q-user">⟦m 提问者：暖手宝不暖　　5 天前⟧</p>
<p class="q-desc">家里老人留下一个铜手炉，想冬天用用，怕烟大。</p></div>
<div class="best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="ans-user">⟦m 回答者：老铜匠胡叔　　回答于 3 天前　　擅长：老物件保养⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 有帮助 214　　没帮助 3　　评论 12⟧</div></div>
<div class="others"><h4>⟦l 其余 5 条回答⟧</h4><p>⟦l 用竹炭就行，超市有卖的。⟧</p><p>⟦l 现在都用电热的了，安全。⟧</p></div>
<div class="wz-side"><h4>⟦l 大家还在问⟧</h4><p>⟦l 铜器发黑了怎么擦亮？⟧</p><p>⟦l 冬天老人屋里烧炭要注意什么？⟧</p></div>
<div class="wz-foot">⟦d 回答内容由网友提供，仅供参考，不构成专业建议。⟧　⟦m ©2025 问知道 wenzhidao.cn⟧</div>
</body></html>
""",
        body="""
铜手炉想少烟不呛，关键在炭和灰，给你说几条：
1.用烧透的硬木炭或者机制无烟炭，别用刚从灶里夹出来还冒青烟的炭，更不能用蜂窝煤块。
2.炉底先铺一层草木灰或砻糠灰，大约两指厚，炭块埋进灰里，上面再盖薄薄一层灰，这样火慢、温度匀，也基本闻不到味。
3.一次放两三块核桃大小的炭就够，放多了盖子烫手。
4.盖子上的透气孔不能堵，手炉外面最好套个布套。
最后提醒一句，手炉再小也是明火，人在屋里要开一点窗，睡觉前一定把手炉拿出被窝、放到离床远的地方。
""",
    ),
    dict(
        slug="qa-wennaer-grater-rust-text",
        site="问哪儿 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://m.wennaer.com/q/77310264",
        title="擦菜板上的黑锈点怎么去掉？还能接着用吗",
        record_title="擦菜板上的黑锈点怎么去掉？还能接着用吗 - 问哪儿",
        date=None,
        notes="Q&A text: site suffix after the question; answer with vote row and relative edit time; no date",
        page="""
!m 问哪儿　手机版
!t 擦菜板上的黑锈点怎么去掉？还能接着用吗
!m 3 人关注 · 浏览 2114 · 提问于 4 天前
!m 全部 4 个回答 ｜ 按赞同排序
!m 厨房里的老周　　编辑于 昨天 19:02　　　赞同 87
{BODY}
!l ▲ 赞同 87　　▼　　💬 6 条评论　　☆ 收藏　　⤴ 分享
!l 下一个回答：直接扔了买个新的，十几块钱的事
!a 打开问哪儿App，看全部回答
""",
        body="""
先看锈点在哪儿。如果只是板面上零星几个小黑点，处理一下还能用；如果锈在刀口上，或者刀口已经发黑、擦起来发涩，建议直接换新的。
板面去锈可以这样做：用白醋加一点小苏打调成糊，抹在锈点上放十分钟，再用旧牙刷顺着刀口方向刷，最后用清水冲净。千万别用钢丝球来回蹭，刀口会被磨钝，还容易划手。
去完锈以后马上擦干，放到通风的地方晾透。平时用完别泡在水池里，这是生锈最常见的原因。
另外，处理过的擦菜板头几次使用前，最好先擦一段黄瓜试试，看有没有铁锈味，有的话就别用来擦生吃的菜了。
""",
    ),
    dict(
        slug="collection-yanbei-memoir-father-sugar-pole",
        site="砚北斋文存 (invented, retired teacher's personal site)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.yanbeizhai.net/wencun/yucheng/09.htm",
        title="我父亲的糖担子",
        record_title="燠城旧事·其九｜我父亲的糖担子｜砚北斋文存",
        date=None,
        notes="old personal site: marquee, 目录/chapter links, a visitor counter and the author's mailbox; memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>燠城旧事·其九｜我父亲的糖担子｜砚北斋文存</title></head>
<body bgcolor="#F7F3E8">
<table width="780" align="center"><tr><td>
<div align="center"><font size="5">⟦m 砚北斋文存⟧</font></div>
<marquee width="760" scrollamount="2">⟦m 退休以后写写旧事，给儿孙留个念想　——砚北斋主人⟧</marquee>
<div align="center">⟦m [斋主简介]　[燠城旧事]　[读书札记]　[旧体诗]　[留言簿]⟧</div>
<hr>
<div align="center"><font size="4">{T}</font></div>
<div align="center">⟦m 《燠城旧事》其九⟧</div>
{BODY}
<hr>
<div align="center">⟦l ←其八：铜匠街的早市⟧　⟦l 回目录⟧　⟦l 其十：外婆的针线笸箩→⟧</div>
<div align="center">⟦m 您是本斋第 <font color="red">046213</font> 位访客⟧</div>
<div align="center">⟦w 斋主信箱：yanbeizhai@126.com　欢迎来信交流⟧</div>
<div align="center">⟦d 本斋文字未经许可请勿转载⟧</div>
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲的糖担子，一头是个小炭炉，炉上坐着一口黄铜小锅，锅里是熬好的糖稀；另一头是个木架子，架子上插满了吹好的糖人，有猴子、葫芦、小老鼠，在太阳底下亮晶晶的。
每天天不亮，父亲就挑着担子出门，沿着铜匠街、米市巷一路走，一路敲小铜锣。孩子们一听见锣声，就攥着零钱从巷子里跑出来。
我七八岁时，常跟在担子后面。父亲吹糖人从不让我碰炉子，只让我帮着插竹签。他说，糖稀烫，一沾上就是一个泡。
后来父亲年纪大了，挑不动担子，那口铜锅就一直挂在老屋的墙上。我没学会吹糖人，却总记得那股甜丝丝的糖香，和父亲吹糖时鼓起的腮帮子。
""",
    ),
    dict(
        slug="collection-banmu-essay-lotus-round-fan",
        site="半亩集 (invented, personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://banmuji.cc/essay/lotus-fan.txt",
        title="扇面上的那枝荷",
        date=None,
        notes="record gives the title as is; a collection's chapter nav and reading-tools lines; an essay with no date",
        page="""
!m 《半亩集》· 散文卷
!m 目录　｜　上一篇：窗外的枇杷　｜　下一篇：旧书摊
!t 扇面上的那枝荷
!a 【夜间阅读】【字号＋】【字号－】
{BODY}
!m —— 半亩集 · 散文卷 · 第14篇 ——
!l 读者留言（3）：好文，想看那把扇子的照片。
!d 《半亩集》所收文字版权归作者所有。
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
读师范那年，教美术的黎老师送过我一把团扇。竹柄，素绢面，扇面上只画了一枝荷，一片叶子半卷着，花苞还没开。
黎老师说，画满了反而不好看，留一点白，风才有地方走。我那时不太懂，只觉得那枝荷太单薄了些。
后来我也当了老师，夏天上课，讲台上总放着那把团扇。有学生问，老师，这荷花怎么不开呀？我学着黎老师的口气说，等你们毕业，它就开了。
这把团扇跟了我三十多年，绢面早已泛黄，那枝荷却还是当年的样子。如今再看，倒觉得它正好，不多不少，像一句没说完的话。
""",
    ),
    dict(
        slug="party-juyuan-speech-rattan-alliance",
        site="泃源先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.juyuanxf.gov.cn/djyw/ldjh/202504/t20250418_20441.html",
        title="在全县藤编产业党建联盟成立大会上的讲话",
        record_title="【党建引领产业】在全县藤编产业党建联盟成立大会上的讲话_泃源先锋网",
        date="2025-04-16",
        date_also=["2025-04-18"],
        notes="Party portal: study-points prompt, a read-on-phone QR line; date under the speech title, the portal's date also accepted; "
        "the speaker line neutral and the speaker's role kept as the document gives it",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【党建引领产业】在全县藤编产业党建联盟成立大会上的讲话_泃源先锋网</title></head>
<body>
<div class="dj-top">⟦m 泃源先锋网 · 中共泃源县委组织部主办⟧　<a>⟦a 党员登录⟧</a></div>
<div class="dj-nav">⟦m 首页｜党建要闻｜领导讲话｜基层动态｜党员教育⟧</div>
<div class="dj-pos">⟦m 位置：首页 → 领导讲话⟧</div>
<div class="dj-art"><h2>{T}</h2>
<p class="dj-info">⟦m 发布时间：2025-04-18　来源：县委组织部　浏览：865⟧</p>
<p class="dj-tip">⟦a 阅读满3分钟可累计学习积分1分⟧</p>
<p class="center">（2025年4月16日）</p>
<p class="center">县委组织部副部长　韦立群</p>
<div class="dj-con">
{BODY}
</div>
<p class="dj-qr">⟦a 扫一扫，把本文带到手机上读⟧</p>
<p class="dj-pn">⟦l 上一篇：全县“两新”组织党建工作推进会召开⟧</p></div>
<div class="dj-foot">⟦m 中共泃源县委组织部　联系电话：0735-8312001⟧　⟦m 湘ICP备13004420号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，全县藤编产业党建联盟正式成立。联盟由熜山、爟口两镇党委牵头，把12个藤编专业村党支部、3家加工企业党组织和2家合作社党小组联在一起，目的是用党建这根“藤”，把分散的编织户串起来、把产业链接起来。
借这个机会，我提三点希望。一是联出合力。联盟成员要定期碰头，在原料收购、订单分配、技术培训上统一行动，不搞压价竞争。二是联出人才。各党支部要把编织能手发展成党员，把党员培养成编织能手，每个村至少培养两名年轻带头人。三是联出效益。要用好县里的产业扶持资金，推动藤筐从果蔬周转筐向收纳、装饰等高附加值产品延伸，让编织户的腰包鼓起来。
同志们，一根藤条编不成筐，大家拧成一股绳，产业才能越编越大。希望联盟各成员单位携起手来，把这件好事办好、办实。
""",
    ),
    dict(
        slug="party-zhuohu-summary-sugar-volunteers-table",
        site="焯湖党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.zhuohu.gov.cn/jcdj/2025/0709/7712.html",
        title="潖湖社区党支部“糖人进社区”志愿服务工作总结",
        record_title="〔党群连心〕潖湖社区党支部“糖人进社区”志愿服务工作总结_焯湖党建",
        date="2025-07-05",
        date_also=["2025-07-09"],
        notes="Party portal text: activity table one row a paragraph; 成文日期 differs from the portal's date (also accepted); "
        "a study-points line between paragraphs",
        page="""
!m 焯湖党建　　焯湖区委组织部
!m 首页 » 基层党建 » 支部工作
!t 〔党群连心〕潖湖社区党支部“糖人进社区”志愿服务工作总结
!m 2025-07-09　　潖湖社区　　浏览 412
{BODY}
!a 【学习打卡】　【我要评论】
!l 相关：灿园社区“夏日四点半课堂”开班
!m 主办：中共皞阳市焯湖区委组织部　备案号：湘ICP备15009312号
""",
        body="""
今年上半年，潖湖社区党支部联合区文化馆，开展“糖人进社区”志愿服务活动，请糖人技艺传承人带着党员志愿者走进小区，为老人和孩子们现场表演、教学。现将有关情况总结如下。
一、活动开展情况
半年来共开展活动6场，参与居民约900人次，其中规模较大的三场如下：
月份　地点　参与人次　志愿者人数
1月　潖湖小区广场　210　12
3月　社区老年活动中心　120　8
5月　潖湖小学操场　330　15
⟦a 本页浏览满60秒，自动记学习时长⟧
二、主要做法
一是党员带头。每场活动由一名支委带队，负责秩序维护和安全看护。二是师徒结对。组织3名党员志愿者跟传承人学艺，现已能独立完成简单造型。
三、下一步打算
下半年，支部将把活动延伸到灿园、煇水两个社区，并争取在社区党群服务中心设立固定的糖人体验角。
中共潖湖社区支部委员会
2025年7月5日
""",
    ),
    dict(
        slug="hospital-haoyang-second-grater-finger-injury",
        site="皞阳市第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="news",
        form="html",
        source="https://www.hy2hospital.com/jkkp/2025/1105/3317.html",
        title="擦菜板擦伤手指，这样处理更稳妥",
        record_title="【手外科小课堂】擦菜板擦伤手指，这样处理更稳妥｜皞阳市第二人民医院",
        date="2025-11-05",
        notes="hospital article: booking float and 24-hour line beside the department's own 咨询电话; experts list; "
        "the 发布时间 byline is the date; an editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【手外科小课堂】擦菜板擦伤手指，这样处理更稳妥｜皞阳市第二人民医院</title></head>
<body>
<div class="h-top">⟦m 皞阳市第二人民医院 · 三级综合医院⟧　⟦m 急诊24小时：0739-6128120⟧</div>
<div class="h-nav">⟦m 医院概况｜科室导航｜专家介绍｜就医指南｜健康科普⟧</div>
<div class="h-pos">⟦m 当前：健康科普 ＞ 外科⟧</div>
<div class="h-art"><h1>{T}</h1>
<p class="h-meta">⟦m 发布时间：2025-11-05　作者：手足外科 郝静　阅读 2976⟧</p>
<div class="h-con">
{BODY}
</div>
<div class="h-share">⟦l 分享给家人：微信好友 | 朋友圈⟧</div></div>
<div class="h-side"><h4>⟦l 手足外科专家⟧</h4><p>⟦l 龙慕寒　主任医师　周二、周四上午⟧</p><p>⟦l 郝静　副主任医师　周一、周五全天⟧</p></div>
<div class="h-float">⟦w 网上预约挂号：0739-6128000 或关注“皞阳二院”服务号⟧</div>
<div class="h-foot">⟦m 地址：皞阳市焯湖区杏林路8号⟧　⟦m 湘ICP备10022476号⟧</div>
</body></html>
""",
        body="""
冬天做饭擦萝卜丝、土豆丝，手指被擦菜板擦破皮的情况很常见。手足外科门诊每到这个季节，每周都能接诊好几例。伤口不大，处理不当却可能感染，甚至伤到指神经。
如果只是擦掉一层表皮、出血不多，先用流动的清水冲洗几分钟，把菜渣冲干净，再用碘伏消毒，贴上创口贴或用纱布包扎即可，24小时内尽量别沾水。
如果出现以下情况，请尽快到医院就诊：伤口较深或按压十分钟仍出血不止；指尖有一块皮肉被削掉；伤后手指发麻、活动不灵。
预防比处理更重要。擦到最后一小截时，请用护手器或戴防割手套，别为了省一点菜伤了手。
手足外科咨询电话：0739-6128315。⟦m （审核：龙慕寒　编辑：宣传科）⟧
""",
    ),
    dict(
        slug="hospital-jiaoyuan-tcm-notice-ward-handstove-ban",
        site="曒原县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jyxzyy.com/tzgg/2024/1210/882.html",
        title="关于住院病区禁止使用炭火手炉和暖脚炉的通知",
        record_title="〔病区安全〕关于住院病区禁止使用炭火手炉和暖脚炉的通知-曒原县中医医院",
        date="2024-12-10",
        notes="hospital text: booking and switchboard lines as chrome beside the security office's own duty line; 成文日期",
        page="""
!m 曒原县中医医院　　预约挂号：0797-5260000　　总机：0797-5261111
!m 首页 > 医院公告 > 通知
!t 〔病区安全〕关于住院病区禁止使用炭火手炉和暖脚炉的通知
!m 发布人：保卫科　　点击：506
{BODY}
!l 上一篇：2025年元旦门诊安排
!l 下一篇：关于开展冬季消防安全检查的通知
!m 曒原县中医医院 版权所有
""",
        indent="\u3000\u3000",
        body="""
各病区、各科室：
入冬以来，个别住院患者及陪护家属自带炭火手炉、暖脚炉在病房内取暖，存在一氧化碳中毒和火灾隐患。为保障患者安全，现通知如下：
一、住院病区一律禁止使用炭火手炉、暖脚炉及其他明火取暖器具。
二、各病区护士长要在入院宣教时向患者及家属讲明此项规定，发现违规使用的，要耐心劝导并代为保管。
三、确有保暖需要的患者，可向护士站申请热水袋或电热毯。
四、保卫科每周对病区进行一次安全巡查。
保卫科值班电话：0797-5261190。
曒原县中医医院
2024年12月10日
""",
    ),
    dict(
        slug="univ-yanyang-news-round-fan-design-show",
        site="沇阳学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yanyangu.edu.cn/info/1021/26603.htm",
        title="美术学院“一扇清风”团扇设计作品展开幕",
        record_title="院部动态｜美术学院“一扇清风”团扇设计作品展开幕｜沇阳学院新闻网",
        date="2025-05-23",
        notes="university news: column prefix and site suffix around the title; a dotted date in the byline is the date; "
        "photo caption between paragraphs; a 文/图/审核 line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>院部动态｜美术学院“一扇清风”团扇设计作品展开幕｜沇阳学院新闻网</title></head>
<body>
<div class="u-top">⟦m 沇阳学院新闻网⟧　⟦m 明德 致远 笃行⟧　<a>⟦a 学校主页⟧</a></div>
<div class="u-nav">⟦m 学院要闻｜综合新闻｜院部动态｜媒体沇院｜图片新闻⟧</div>
<div class="u-pos">⟦m 您当前所在：新闻网 / 院部动态⟧</div>
<div class="u-art"><h1>{T}</h1>
<p class="u-info">⟦m 2025.05.23　　美术学院　　点击：[1533]⟧</p>
<div class="u-con">
{BODY}
</div></div>
<div class="u-pn">⟦l 上一条：我校在省大学生广告艺术大赛中获佳绩⟧<br>⟦l 下一条：图书馆举办古籍修复体验日活动⟧</div>
<div class="u-foot">⟦m 沇阳学院党委宣传部　地址：沇阳市学院路1号⟧　⟦m 湘ICP备05017739号⟧</div>
</body></html>
""",
        body="""
5月22日，美术学院“一扇清风”团扇设计作品展在学校美术馆开幕。展览共展出视觉传达、工艺美术专业学生创作的团扇作品120件，展期两周。
本次展出的作品由学生在《传统工艺设计》课程中完成，从扇框选竹、绷绢、手绘到装裱，全部由学生亲手制作。不少作品把本地藤编纹样、老街风景画进扇面，也有同学尝试用刺绣、拼布代替手绘。
⟦m 图为师生在展厅观看团扇作品。⟧
美术学院院长聂文舟在开幕式上说，团扇是把实用和审美结合得最好的日常器物之一，希望同学们从传统工艺中找灵感，做出年轻人喜欢的设计。展览期间，美术馆每天下午安排学生志愿者现场讲解。⟦m （文/图：叶蓁　审核：聂文舟）⟧
""",
    ),
    dict(
        slug="univ-yanyang-notice-rattan-crate-reuse",
        site="沇阳学院后勤服务集团 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hq.yanyangu.edu.cn/tzgg/2025/1010/0415.htm",
        title="关于开展校园旧藤筐回收再利用活动的通知",
        record_title="关于开展校园旧藤筐回收再利用活动的通知｜通知公告 - 沇阳学院后勤服务集团",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="column and site suffix with mixed separators; the site's date differs from the 成文日期 (also accepted); "
        "the group's own contact line beside the site's repair hotline",
        page="""
!m 沇阳学院后勤服务集团　　报修热线：0738-2716000
!m 首页 / 通知公告
!t 关于开展校园旧藤筐回收再利用活动的通知
!m 2025-10-10　　　浏览次数：721
{BODY}
!a 【关闭】　【打印】
!m 沇阳学院后勤服务集团 ©2025
""",
        body="""
各学院、各部门，全体同学：
每年新生入学和毕业季，学生宿舍都会留下大量装水果、装杂物用的旧藤筐，不少被当作垃圾丢弃。为减少浪费、倡导绿色校园，后勤服务集团决定开展旧藤筐回收再利用活动。现将有关事项通知如下：
一、回收时间：10月13日至10月31日，每天12:00—13:30。
二、回收地点：东区、西区学生公寓一楼值班室。
三、回收的藤筐经清洗、消毒、修补后，免费提供给校园农场、食堂和有需要的同学使用；完好的藤筐每只可兑换1个环保积分。
四、破损严重、发霉的藤筐请勿送交。
联系人：后勤服务集团综合办　谈芳，电话：0738-2716032。
沇阳学院后勤服务集团
2025年10月9日
""",
    ),
]
