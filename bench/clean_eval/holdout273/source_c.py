"""holdout273, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛 (one HTML and one text each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="anthology-wanchuang-mothers-silkworm-trays",
        site="晚窗集 (invented retired teacher's collection, gb2312 table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.wanchuangji.net/sanwen/sangzi/05.htm",
        title="母亲的蚕匾",
        record_title="〔桑梓忆旧·第五则〕母亲的蚕匾 — 晚窗集",
        date=None,
        notes="old table layout with a marquee, chapter links, a visitor counter and the author's mailbox; an illustration placeholder between paragraphs; a memoir dated only 二〇一九年冬: no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔桑梓忆旧·第五则〕母亲的蚕匾 — 晚窗集</title>
<style>td{font-size:14px;line-height:180%}</style>
</head><body bgcolor="#F5F0E1">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td class="banner">⟦m 晚窗集 · 帅永年文稿⟧</td></tr>
<tr><td><marquee behavior="scroll" scrollamount="2">⟦d 小站文字皆为拙作，欢迎转载，敬请署名⟧</marquee></td></tr>
<tr><td class="nav"><a href="../index.htm">⟦m 文集首页⟧</a>　<a href="index.htm">⟦m 桑梓忆旧⟧</a>　<a href="../jiaoxue/index.htm">⟦m 杏坛旧事⟧</a>　<a href="../shici/index.htm">⟦m 闲吟小草⟧</a></td></tr>
</table>
<table width="780" align="center" border="0" cellspacing="0" cellpadding="12">
<tr><td align="center"><font size="5"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 桑梓忆旧之五　　帅永年⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="04.htm">⟦l ← 第四则 外婆的纺车⟧</a><br><a href="index.htm">⟦l 本辑目录⟧</a><br><a href="06.htm">⟦l 第六则 渡口的老船 →⟧</a></td></tr>
</table>
<table width="780" align="center"><tr><td align="center">⟦m 您是本站第 068213 位访客⟧<br>⟦m 作者信箱：shuaiyongnian@wanchuangji.net⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲养了一辈子蚕，家里最金贵的物件，是堂屋梁下那十几只蚕匾。
那是父亲请村里的篾匠编的，直径四尺有余，篾条细密，边框用整根竹片箍成。每年清明前后，母亲把蚕匾一只只搬到河边，用稻草蘸着草木灰水刷洗，再摊在晒场上晒。我放学回来，总要帮她翻面，竹篾被太阳晒得发烫，散出淡淡的竹香。
⟦m 〔原稿此处有插图：晒场上的蚕匾〕⟧
蚕上匾以后，母亲就很少睡整觉了。半夜里，我常听见她起来添桑叶，沙沙的声音像下小雨。蚕眠的时候，她不许我们大声说话，说蚕胆子小。
后来母亲老了，不再养蚕，蚕匾一只只挂上了阁楼。前年老屋翻修，我只留下一只，挂在城里家中的墙上。来客问起，我便说：这是我们家的谷仓，也是我们兄妹的学费。
（二〇一九年冬，写于茨湾旧居）
""",
    ),
    dict(
        slug="anthology-tiezhen-blacksmith-flint-oneline",
        site="铁砧笔记 (invented oral-history collection, text)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://tiezhenbiji.cn/koushu/03.html",
        title="我打了四十年火镰",
        date=None,
        notes="title as in the record; an old blacksmith's memoir with the whole body on one line (paragraphs apart only by their indent); no date",
        page="""
!m 铁砧笔记 — 一个老铁匠的口述
!m 目录 ｜ 第三篇 ｜ 共十二篇
{T}
!m 口述：厍老栓　整理：厍小禾
{BODY}
!l 上一篇：山里的铁匠铺　｜　下一篇：给孙子打的第一把刀
!d 本集文字由家人整理，未经同意请勿转载
!m 访问量：3307
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我十四岁跟父亲学打铁，头一样活计就是打火镰。
那时候火柴金贵，山里人出门放羊、进山砍柴，腰上都挂着一副火镰。火镰用的是旧锉刀、旧马掌回炉的好钢，烧红了锤成月牙形，背上留个孔好穿皮绳。最难的是淬火，水温高了钢口发软，低了又容易裂，全凭眼睛看火色。父亲说，火镰打得好不好，一擦便知，火星子要又多又亮。
一副火镰，连火石带火绒包，能换两升小米。腊月里赶集，我一天能卖出二三十副。
后来打火机进了山，找我打火镰的人越来越少。前些年，镇上来了几个搞非遗的年轻人，拍了我打火镰的视频，说要给我留个档案。我这才知道，这门手艺快要没人会了。
如今我还在打，一年打个几十副，多半是给远道来的游客做纪念。只要有人要，我就一直打下去。
""",
    ),
    dict(
        slug="party-bantang-summary-sewing-beanbags",
        site="舨塘先锋网 (invented district Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.bantangxf.gov.cn/jcdj/zbfc/202507/t20250702_5521.html",
        title="机关第二党支部“针线传情”志愿服务工作总结",
        record_title="【初心实践】机关第二党支部“针线传情”志愿服务工作总结 - 舨塘先锋网",
        date="2025-06-30",
        date_also=["2025-07-02"],
        notes="Party portal: study-points prompt, scan-to-read-on-phone line; a branch's summary with its 成文日期 (expected) and the portal's 发布时间 (also accepted)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【初心实践】机关第二党支部“针线传情”志愿服务工作总结 - 舨塘先锋网</title>
</head><body>
<div class="dj-head">⟦m 舨塘先锋网⟧ <span>⟦m 中共杙城市舨塘区委组织部主办⟧</span></div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 组工要闻⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 人才工作⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 - 基层党建 - 支部工作⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-07-02　来源：区供销社机关党委　浏览：406⟧</div>
<div class="points">⟦a 认真读完本文，可领学习积分 1 分⟧</div>
<div class="cont">
{BODY}
</div>
<div class="phone">⟦a 用手机扫一扫，接着往下读⟧</div>
<div class="pn">⟦l 上一篇：区委组织部召开年中组织工作推进会⟧<br>⟦l 下一篇：非公企业党组织书记轮训班开班⟧</div>
<div class="dj-foot">⟦m 舨塘先锋网版权所有　联系电话：0736-2605171　辽ICP备12003518号⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
今年以来，区供销社机关第二党支部以“针线传情”为主题，组织党员志愿者为镵岭乡留守儿童缝制沙包、布老虎等传统玩具。现将工作情况总结如下。
一、主要做法
（一）支部牵头、党员带头。支部书记邬春桃带头领任务，12名党员每人结对一个班级，利用周末在支部活动室集中缝制。
（二）就地取材、节约办事。缝制所用布料来自机关职工捐赠的旧衣物，填充用的绿豆、玉米粒由驻村工作队从村里收购，既省了钱又带动了农户增收。
（三）送教结合、玩学一体。每次送沙包进校，党员志愿者都同孩子们一起玩，顺带讲一讲传统游戏的规则和安全知识。
二、取得成效
半年来共缝制沙包620只，开展送玩具进校活动4次，惠及留守儿童300余名。
三、下一步打算
支部将把“针线传情”打造成常态化志愿服务项目，秋季学期再组织一次送玩具进校活动。
中共杙城市舨塘区供销合作社机关第二支部委员会
2025年6月30日
""",
    ),
    dict(
        slug="party-ciwan-speech-dragonfly-launch",
        site="茨湾党建网 (invented, text)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.ciwandj.cn/jcdj/2025/0531/7716.html",
        title="在“红领巾飞起来”竹蜻蜓科普进校园活动启动仪式上的讲话",
        record_title="【党建+科普】在“红领巾飞起来”竹蜻蜓科普进校园活动启动仪式上的讲话 - 茨湾党建网",
        date="2025-05-30",
        notes="speech: a date in Chinese numerals under the title and a speaker line (both neutral); study-points line, source/editor line, prev/next",
        page="""
!m 茨湾党建网
!m 首页 ＞ 基层党建 ＞ 机关党建
!t 【党建+科普】在“红领巾飞起来”竹蜻蜓科普进校园活动启动仪式上的讲话
{T}
（二〇二五年五月三十日）
县科协党组书记　仉建华
{BODY}
!a 读完本篇并答题，可得学习积分2分
!m 来源：县科协机关党委　　编辑：覃桂英
!l 上一条：县委组织部开展“七一”前夕走访慰问 ｜ 下一条：机关党员下沉社区报到
!m 中共茨湾县委组织部主办
""",
        body="""
同学们、老师们，同志们：
明天就是“六一”国际儿童节了。在这个快乐的日子里，县科协党组和茨湾县第二小学党支部联合举办“红领巾飞起来”竹蜻蜓科普进校园活动，我代表县科协党组，向全体少先队员致以节日的祝贺！
一根竹签、一片竹叶，轻轻一搓就能飞上天，这是祖先留给我们的小小智慧。今天，科协的党员志愿者和科技辅导员给大家带来了200套竹蜻蜓材料包，还要教大家动手做、动脑想：它为什么能飞？怎样才能飞得更高？
希望同学们在玩中学、在学中问，从小播下爱科学的种子。也希望学校把这项活动坚持下去，让科普走进更多课堂。
最后，预祝活动圆满成功！祝同学们节日快乐！
""",
    ),
    dict(
        slug="hospital-yicheng-eye-injury-dragonfly",
        site="杙城市第二人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.ycsey.com/kpzs/yanke/2025/0603/2290.html",
        title="竹蜻蜓虽小，伤眼不轻",
        record_title="【明眸课堂】竹蜻蜓虽小，伤眼不轻 - 杙城市第二人民医院",
        date="2025-06-03",
        notes="hospital site: booking float, 24-hour emergency line and an experts list beside the department's own 咨询电话; a numbered list; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【明眸课堂】竹蜻蜓虽小，伤眼不轻 - 杙城市第二人民医院</title>
<script src="/js/float-booking.js"></script>
</head><body>
<div class="hos-top">⟦m 杙城市第二人民医院⟧ <span>⟦m 急诊24小时：0736-2387120⟧</span></div>
<ul class="hos-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 健康科普⟧</li><li>⟦m 就医指南⟧</li></ul>
<div class="path">⟦m 首页 » 健康科普 » 眼科⟧</div>
<div class="art"><h1>{T}</h1>
<div class="art-info">⟦m 发布时间：2025-06-03 15:20　作者：眼科 郜明轩　阅读：733⟧</div>
<div class="art-txt">
{BODY}
</div></div>
<div class="side"><h3>⟦l 眼科坐诊专家⟧</h3><ul><li>⟦l 郜明轩　主任医师　周二、周四上午⟧</li><li>⟦l 蔺文茵　副主任医师　周一全天⟧</li></ul></div>
<div id="float-booking">⟦a 在线预约 · 免排队⟧<br>⟦m 预约专线 0736-2387000⟧</div>
<div class="hos-foot">⟦m 地址：杙城市舨塘区槐荫路88号　辽ICP备14010629号⟧</div>
</body></html>
""",
        body="""
六一前后，眼科门诊连续接诊了3名被竹蜻蜓划伤眼睛的孩子，其中一名7岁男孩角膜被桨叶边缘划开，需要手术缝合。
竹蜻蜓起飞时旋转很快，桨叶边缘如果有毛刺或削得太薄，就像一把小刀。孩子放飞时习惯仰头追着看，落下来的竹蜻蜓最容易伤到眼睛和面部。
家长要注意以下几点：
1.购买或自制的竹蜻蜓，桨叶边缘要打磨圆润，不要有尖角。
2.放飞时选择空旷场地，人与人之间保持3米以上距离，不要对着人放。
3.不要让孩子仰头去接下落的竹蜻蜓。
4.一旦眼睛被划伤，不要揉眼、不要自行冲洗，用干净纱布轻轻遮盖，尽快到医院眼科就诊。
眼科咨询电话：0736-2387516（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-weiyang-tcm-beanbag-rehab-group",
        site="硙阳县中医院 (invented, text)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.wyxzyy.com/ksdt/kfyxk/20250812/518.html",
        title="康复医学科开设“沙包投准”手功能训练小组的通知",
        record_title="康复医学科开设“沙包投准”手功能训练小组的通知（每期仅收10位）- 硙阳县中医院",
        date="2025-08-11",
        notes="hospital page as text: booking and emergency lines beside the department's own 报名咨询 line; the 更新 stamp is no date; 成文日期 under the signature",
        page="""
!m 硙阳县中医院 · 官方网站
!a 预约挂号　｜　智能导诊　｜　就诊须知
!m 当前位置：首页 > 科室导航 > 康复医学科 > 科室动态
!t 康复医学科开设“沙包投准”手功能训练小组的通知（每期仅收10位）
!m 浏览：208　　更新：2025-08-12
{BODY}
!m 预约挂号专线：0718-5270000　　急诊24小时：0718-5270120
!l 上一篇：针灸科开展三伏贴预约 ｜ 下一篇：国医堂专家坐诊时间调整
!m 硙阳县中医院版权所有　湘ICP备15008126号
""",
        body="""
各位住院及门诊康复患者、家属：
为帮助脑卒中、手外伤患者恢复上肢和手部功能，康复医学科自8月18日起开设“沙包投准”手功能训练小组。现将有关事项通知如下：
一、训练内容。在治疗师指导下进行抓握沙包、定点投掷、左右手传递等训练，沙包重量分为100克、200克、300克三档，按患者肌力选用。
二、训练时间。每周一、三、五下午3:00—3:40，每期4周，每期限10人。
三、参加条件。病情稳定、能保持坐位30分钟以上的患者，经主管医生评估后参加。
四、注意事项。训练用沙包每次使用后用紫外线消毒；有皮肤破损的患者暂不参加抓握训练。
报名咨询：康复医学科护士站，电话0718-5270233。
硙阳县中医院康复医学科
2025年8月11日
""",
    ),
    dict(
        slug="college-yicheng-rotor-class-rural-school",
        site="杙城理工学院 (invented university news page)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yctech.edu.cn/info/1021/20417.htm",
        title="航空学院“旋翼小课堂”走进镵岭乡中心小学",
        record_title=None,
        record_date="2025-07-15",
        date="2025-07-15",
        notes="university news page: no title in the record (found in the <h1>), a dotted date line, a photo caption between paragraphs, a contributor line glued after the last 。; date from the record",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>杙城理工学院新闻网</title>
<link rel="stylesheet" href="/css/news.css">
</head><body>
<div class="xw-top">⟦m 杙城理工学院新闻网⟧ <a href="https://www.yctech.edu.cn">⟦m 学校主页⟧</a></div>
<ul class="xw-nav"><li>⟦m 理工要闻⟧</li><li>⟦m 院部动态⟧</li><li>⟦m 校园人物⟧</li><li>⟦m 媒体理工⟧</li></ul>
<div class="xw-pos">⟦m 您当前所在：首页 / 院部动态⟧</div>
<h1 class="xw-title">{T}</h1>
<div class="xw-meta">⟦m 2025.07.15　　浏览：562　　来源：航空学院⟧</div>
<div class="xw-body">
{BODY}
</div>
<div class="xw-pn">⟦l 上一条：学校召开2025届毕业生就业工作推进会⟧<br>⟦l 下一条：材料学院师生赴企业开展暑期调研⟧</div>
<div class="xw-foot">⟦m 杙城理工学院党委宣传部　投稿邮箱：xcb@yctech.edu.cn⟧</div>
</body></html>
""",
        body="""
7月14日，杙城理工学院航空学院“旋翼小课堂”暑期实践团走进镵岭乡中心小学，为60余名留守儿童带去一堂从竹蜻蜓讲到无人机的科普课。
课上，实践团成员先用竹蜻蜓演示旋翼产生升力的原理，再拿出自制的四旋翼无人机对照讲解。“原来无人机就是四个竹蜻蜓一起转！”一名五年级学生恍然大悟。随后，队员们手把手教孩子们削桨叶、装竹柄，每人都做成了一只属于自己的竹蜻蜓。
⟦m 实践团成员指导学生削制竹蜻蜓桨叶⟧
实践团指导教师蔺思远介绍，团队已连续三年开展这项活动，累计走进山区学校11所，还编写了《竹蜻蜓里的飞行原理》科普读本。
据悉，实践团还将在镵岭乡开展为期一周的科学夏令营。⟦m （航空学院供稿　摄影：闵小满）⟧
""",
    ),
    dict(
        slug="college-museum-host-script-flint-lecture",
        site="杙城理工学院博物馆 (invented, text)",
        style="高校官网",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://museum.yctech.edu.cn/jz/2025/0424/117.html",
        title="“器物里的中国”系列讲座第七讲主持词",
        record_title="博物馆讲坛｜“器物里的中国”系列讲座第七讲主持词 - 杙城理工学院博物馆",
        date="2025-04-24",
        notes="a host's script on a university museum's page; the page's 发布时间 line is its date; a booking line and a visiting-hours line around it",
        page="""
!m 杙城理工学院博物馆
!m 首页 · 展览 · 讲坛 · 预约参观
!t 博物馆讲坛｜“器物里的中国”系列讲座第七讲主持词
!m 发布时间：2025-04-24　　发布人：博物馆办公室
{BODY}
!a 团体参观请提前三天线上预约
!m 开放时间：周二至周日 9:00—16:30（周一闭馆）
!m 杙城理工学院博物馆 ｜ 电话 0736-2410318
""",
        body="""
各位老师、同学们，晚上好！
欢迎来到“器物里的中国”系列讲座第七讲。今天我们要聊的，是一件巴掌大小的老物件——火镰。在火柴传入中国以前，它陪伴我们的祖先走过了上千年的日子。
今天的主讲人，是省民俗博物馆研究馆员眭德林先生。眭先生三十年来走访北方各地，收集火镰四百余件，著有《火镰考》一书。让我们以热烈的掌声欢迎眭先生！
感谢眭先生的精彩讲授。听完讲座，我们知道了火镰的钢口为什么要淬火，也知道了一只小小的火绒包里，藏着草原、山林和集市上的许多故事。
讲座结束后，大家可以到一楼展厅近距离观看眭先生带来的十件火镰藏品。需要提醒的是，展厅内禁止现场击火演示，请大家配合。
本次讲座到此结束，谢谢大家！
""",
    ),
    dict(
        slug="county-forum-jichuan-unlabeled-soy-bottles",
        site="笄川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jichuanzx.com/thread-77130-1-1.html",
        title="菲田镇老街有家副食店，酱油装在没标签的旧饮料瓶里卖",
        record_title=None,
        date=None,
        notes="county forum: weather line, medals, jammer-font junk inside the post, a decoration ad, an official-reply link; no title in the record (the thread subject); the post time is relative: no date",
        page="""
<html><head><meta charset="gbk">
<title>笄川在线论坛 - 民生投诉</title>
<style>.jammer{display:none}</style>
</head><body>
<div class="top">⟦m 笄川在线论坛⟧ ⟦m 笄川今天 多云 21～30℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="pt">⟦m 笄川在线 › 民生投诉 › 帖子⟧</div>
<div class="ad">⟦w 笄川鑫居装饰 全包整装特惠　热线 13687291054⟧</div>
<table class="post"><tr><td class="pls">⟦m 老街口的蓝布衫⟧<br>⟦m 勋章：热心网友　活跃居民⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 2 小时前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦a 此帖已转交县市场监管局，点这里看官方回复⟧</div>
<div class="po">⟦a 支持　反对　回复　分享⟧</div></td></tr></table>
<div class="reply">⟦l 沙发　菲田老住户：那家店我也碰到过，确实没标签⟧</div>
<div class="reply">⟦l 板凳　路过的阿强：可以打12315，拍照留证⟧</div>
<div class="ft">⟦m 笄川在线论坛 bbs.jichuanzx.com　鄂ICP备17024408号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
昨天去老街那家副食店买酱油，老板从大塑料桶里灌了一瓶给我，用的是一个撕了标签的旧饮料瓶，瓶口还有点黏。我问有没有生产日期，老板说“散装的都这样，放心吃”。
回家越想越不对劲。旧饮料瓶不知道洗没洗过，桶里的酱油是哪个厂的、什么时候灌的，一概不知。家里有老人孩子，吃出问题找谁？
我查了一下，县市场监管局前段时间还专门通报过分装瓶标签的问题，要求酱油瓶上标明品名、生产者和日期。
想问问各位：这种情况可以打12315吗？也希望相关部门能去老街看看，别让大家吃得不明不白。
""",
    ),
    dict(
        slug="county-forum-ciwan-trays-on-village-road",
        site="茨湾论坛 (invented township forum, text)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.ciwanbbs.com/thread-31884-1-1.html",
        title="晒蚕匾占了半边路，晚上骑车差点撞上",
        record_title="[村头闲话] 晒蚕匾占了半边路，晚上骑车差点撞上 - 茨口镇 - 茨湾论坛",
        date=None,
        notes="township forum as text: weather line, a street-light ad, junk lines and junk glued after 。, a sericulture station's reply; post time 5 小时前: no date",
        page="""
!m 茨湾论坛 » 乡镇板块 » 茨口镇
!m 今日：晴 18～29℃　　茨湾论坛欢迎您
!t [村头闲话] 晒蚕匾占了半边路，晚上骑车差点撞上
!m 楼主：骑驴看桑田　　发表于 5 小时前　　阅读 1320　回复 36
{BODY}
!w 【广告】茨口镇专业安装太阳能路灯 电话 15874029931
!l 沙发　桑叶青青：支持，我们组也是这样
!l 板凳　茨口镇蚕桑站：已转村委会，会在广播里提醒
!a 回复本帖需先登录 ｜ 没有账号？注册
!m 茨湾论坛 ciwanbbs.com ｜ 联系管理员
""",
        junk=dict(lines=1, glued=2),
        body="""
这几天天好，咱们村家家户户都在晒蚕匾，这是好事。可有几户把蚕匾直接摆在村道上，一排排占了大半边路。
昨晚九点多我骑电动车从镇上回来，拐弯时灯一照，前面全是竹匾，急刹车差点摔了。后面一辆三轮车也是紧急绕过去的，幸好没撞上人。
晒匾的心情大家都理解，村道边晒场窄，太阳又好。但路是大家走的，夜里没有路灯，真出了事，伤了人又坏了匾，两头不落好。
建议：一是白天晒、傍晚前收回去；二是尽量晒在自家院坝和村里的公共晒场；三是实在要摆路边的，靠边摆，别超过路中间的白线。
村里的蚕桑辅导员也看看这个帖子，能不能在村广播里提醒一下。
""",
    ),
]
