"""holdout133, part C: a gong-forger's memoir and a pingju actor's speech in personal
collections, a fluorite mine's Party branch and a sluice-gate station's Party summary, a
kidney-stone clinic and a prosthetics centre on hospital sites, a harp ensemble and an
old-academy research centre on university sites, a night-market post and an optician
warning on local forums, and a barcode course on a download station. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-tongluo-gong-memoir-chapter",
        site="铜声集（个人文集） (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="text",
        source="http://www.tongshengji.example.net/juan2/017.html",
        title="记父亲的锻锣铺",
        record_title="《铜声集》卷二·第17篇｜记父亲的锻锣铺",
        date=None,
        notes="a personal collection chapter page: volume/chapter decoration, chapter navigation at top and bottom, a word count line; a year only inside the text (no date)",
        page="""
!l 目录 ｜ 上一篇：老街的打铁声 ｜ 下一篇：铜匠的三件宝
!t 《铜声集》卷二·第17篇｜记父亲的锻锣铺
!m 字数 612　｜　收录于《铜声集》
{BODY}
!l ← 返回卷二目录
!d 文集内容为作者原创，未经许可不得转载
""",
        body="""
父亲的锻锣铺开在镇东头的石桥边，门口挂着一面一尺来宽的小锣，有人来订货，先敲一声。
一九七八年，我十二岁，开始帮父亲拉风箱。锻一面锣要经过熔铜、浇坯、热锻、冷锤、定音好几道工序，前后要半个多月。
父亲定音不用仪器，全凭耳朵。他说好锣的声音“开得出、收得住”，差一锤，声音就散了。
后来机器锣多了，订货的人越来越少，父亲却一直没关铺子，他说手艺停了，就接不上了。
""",
    ),
    dict(
        slug="collection-pingju-actor-speech-wrapped",
        site="梨园拾遗（个人文集） (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://liyuanshiyi.example.org/wenji/jianghua/2024-06.html",
        title="在评剧传承人收徒仪式上的发言",
        record_title="在评剧传承人收徒仪式上的发言",
        date="2024-06-22",
        notes="a speech hard-wrapped at 58 columns; the date under the title in Chinese numerals; a speaker line neutral; a collection's reader tools and a footnote-like note",
        wrap=58,
        page="""
!m 梨园拾遗 · 一位老演员的文字存档
!a 阅读模式：默认 ｜ 护眼 ｜ 夜间
{T}
省级评剧代表性传承人　白玉芬
（二〇二四年六月二十二日）
{BODY}
!m 整理者按：本文据现场录音整理，收入时略有删节。
!l 本卷其他篇目：《谈〈花为媒〉的唱腔》《六十年舞台杂忆》
""",
        body="""
各位领导、各位同行、各位朋友：
今天，我正式收三位年轻演员为徒。我十四岁进剧团学戏，唱了一辈子评剧，最大的心愿就是把这门艺术传下去。
评剧讲究“唱、念、做、表”，唱腔贴近口语，老百姓听得懂、爱听。可一句唱腔要唱出味道，没有十年八年的功夫下不来。
我对三个孩子只有一个要求：戏比天大，先学做人，再学唱戏。
""",
    ),
    dict(
        slug="dangjian-yingshikuang-fluorite-branch-speech-html",
        site="峪川先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yuchuanxf.example.gov.cn/zbjs/2025/0701/3012.html",
        title="在萤石矿联合党支部“七一”党课上的讲话",
        record_title="在萤石矿联合党支部“七一”党课上的讲话_支部建设_峪川先锋网",
        date="2025-07-01",
        notes="a Party-building portal: slogan banner, column path, 来源/作者/日期 line, a study-points box and a 'related' list; the speech's role kept in the speaker line (neutral)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在萤石矿联合党支部“七一”党课上的讲话_支部建设_峪川先锋网</title></head>
<body>
<div class="banner">⟦m 峪川先锋网⟧ ⟦m 学思想 强党性 重实践 建新功⟧</div>
<div class="nav">⟦l 首页 | 时政要闻 | 支部建设 | 党员教育 | 先锋风采⟧</div>
<div class="path">⟦m 当前位置：首页 > 支部建设⟧</div>
<h1>⟦t 在萤石矿联合党支部“七一”党课上的讲话⟧</h1>
<div class="src">⟦m 来源：县委组织部　作者：组工科　日期：2025-07-01⟧</div>
<p class="spk">峪川县委组织部部长　冯雅琴</p>
<div class="con">
{BODY}
</div>
<div class="xx">⟦a 学习完成后点此领取学习积分 +2⟧</div>
<div class="rel">⟦l 相关文章：⟧<a>⟦l 矿区党员先锋岗挂牌⟧</a><a>⟦l 非公企业党建观摩会举行⟧</a></div>
<div class="ft">⟦m 主办：中共峪川县委组织部⟧ ⟦m 晋ICP备05032711号⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们来到萤石矿联合党支部，和矿区的党员同志们一起上一堂党课。
联合党支部覆盖全乡四家萤石矿企业，有党员三十六名。这几年，支部推行“党员先锋岗”和“安全责任区”，连续三年实现安全生产零事故。
矿山企业点多、线长，党员分散，支部工作更要接地气，要把组织生活开到井口、开到班组。
希望同志们在安全生产、绿色矿山建设中当好先锋，让党旗在矿区高高飘扬。
""",
    ),
    dict(
        slug="dangjian-shuizha-sluice-station-summary-text",
        site="清渠党建在线 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.qingqu.example.cn/djdt/2026/0112/911.html",
        title="东湾水闸管理所党支部2025年党建工作总结",
        record_title="【支部工作】东湾水闸管理所党支部2025年党建工作总结",
        date="2026-01-12",
        notes="decorated title; a study-platform prompt on a line of its own between paragraphs; a numbered list; 成文日期; a 'rate this article' row",
        page="""
!m 清渠党建在线
!m 首页 / 基层动态 / 支部工作
!t 【支部工作】东湾水闸管理所党支部2025年党建工作总结
!m 发布：2026年01月12日　作者：东湾闸管所　浏览次数：88
{BODY}
!l 本文评分：★★★★☆　我要评分
!m 本网站由清渠水务集团党委主办
""",
        body="""
2025年，东湾水闸管理所党支部紧扣防汛保安中心任务，把党建工作与水闸运行管理深度融合。
一、抓学习。全年开展“三会一课”二十四次，组织党员到防汛抗洪纪念馆开展主题党日一次。
二、抓堡垒。汛期设立党员防汛突击队，二十四小时轮流值守闸门，安全调度闸门启闭一百一十六次。
⟦a 打开“清渠学习”小程序，观看本支部党课视频⟧
三、抓作风。支部开展“闸门开关前多看一眼”活动，梳理操作风险点十二个，全部落实防范措施。
明年，支部将继续推进标准化建设，争创五星级党支部。
东湾水闸管理所党支部
2026年1月12日
""",
    ),
    dict(
        slug="hospital-shenjieshi-stone-clinic-html",
        site="岷江市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mjsey.example.cn/yygg/2025/0611/1588.html",
        title="泌尿外科开设肾结石专病门诊的公告",
        record_title="【门诊公告】泌尿外科开设肾结石专病门诊的公告",
        date="2025-06-11",
        notes="a hospital site: 预约挂号 and 24小时急诊 lines in the header, a clinic-hours table, the department's own 咨询电话 kept beside the hospital's booking line, a floating 在线咨询 box; a sentence to 关注 the service account kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【门诊公告】泌尿外科开设肾结石专病门诊的公告 - 岷江市第二人民医院</title></head>
<body>
<div class="tel">⟦m 预约挂号：0833-2286120⟧　⟦m 24小时急诊：0833-2286999⟧</div>
<div class="logo">⟦m 岷江市第二人民医院 · 三级乙等综合医院⟧</div>
<ul class="menu"><li>⟦l 医院概况⟧</li><li>⟦l 科室导航⟧</li><li>⟦l 就医指南⟧</li><li>⟦l 健康科普⟧</li></ul>
<div class="crumb">⟦m 首页 ＞ 新闻公告 ＞ 医院公告⟧</div>
<h2>⟦t 泌尿外科开设肾结石专病门诊的公告⟧</h2>
<p class="info">⟦m 发布时间：2025-06-11 09:12 ｜ 来源：门诊部 ｜ 阅读量：742⟧</p>
<div class="detail">
{BODY}
</div>
<div class="float">⟦w 在线咨询 | 专家号源提醒⟧</div>
<div class="foot">⟦m 地址：岷江市滨江南路88号⟧ ⟦d 本站健康信息仅供参考，不能代替医生诊疗⟧</div>
</body></html>
""",
        body="""
为方便肾结石患者就诊，我院泌尿外科自2025年6月16日起开设肾结石专病门诊。
专病门诊提供结石成分分析、饮食指导、体外冲击波碎石评估和术后随访等一站式服务。
出诊时间　出诊医生　地点
周一上午　何建川（主任医师）　门诊三楼12诊室
周四下午　罗晓舟（副主任医师）　门诊三楼12诊室
患者可通过医院微信服务号预约，请关注“岷江二院”服务号后点击“预约挂号”。
泌尿外科咨询电话：0833-2286471
岷江市第二人民医院
2025年6月11日
""",
    ),
    dict(
        slug="hospital-jiazhi-prosthetics-center-text",
        site="康泰假肢矫形康复中心 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.kangtai-pro.example.com/news/2025/1226.html",
        title="2025年假肢装配公益项目总结",
        record_title="2025年假肢装配公益项目总结",
        date="2025-12-26",
        notes="a rehab centre site: a consult hotline line and an online-booking action at the top, a patient story caption between paragraphs, a site map and copyright at the bottom",
        page="""
!m 康泰假肢矫形康复中心　服务热线 400-882-7361
!a 在线预约评估 →
{T}
!m 来源：康复部　｜　2025-12-26
{BODY}
!l 网站地图 ｜ 联系我们 ｜ 招贤纳士
!d Copyright © 2025 康泰康复 版权所有
""",
        body="""
2025年，中心联合市残疾人联合会实施假肢装配公益项目，全年为一百零六名困难截肢者免费装配假肢。
项目坚持“先评估、后装配、再训练”，每位受助者都由康复医师、假肢师和治疗师共同制定方案。
⟦m 图：受助者在康复大厅进行步态训练⟧
装配后，中心为受助者提供为期一个月的步态训练和半年内免费调整服务，回访满意率达百分之九十八。
明年，中心计划把服务延伸到乡镇，开展上门评估和巡回维修。
""",
    ),
    dict(
        slug="university-shuqin-harp-concert-html",
        site="澜城音乐学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lccm.example.edu.cn/xwzx/xyxw/2025/1208/c2981a66710/page.htm",
        title="我院竖琴重奏团举办年度专场音乐会",
        record_title="我院竖琴重奏团举办年度专场音乐会-澜城音乐学院",
        date="2025-12-07",
        date_also=["2025-12-08"],
        notes="a university news page: 发布时间 (12-08) after the concert day written in the text; photo and editor credits glued after the last sentence; a 'previous/next' bar, a quick-links footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院竖琴重奏团举办年度专场音乐会-澜城音乐学院</title></head>
<body>
<header>⟦m 澜城音乐学院⟧ <nav>⟦l 学校概况 院系设置 招生就业 科学研究 校园文化⟧</nav></header>
<div class="pos">⟦m 首页 > 新闻中心 > 学院新闻⟧</div>
<h1>⟦t 我院竖琴重奏团举办年度专场音乐会⟧</h1>
<div class="arti_metas">⟦m 发布者：宣传部　发布时间：2025-12-08　浏览次数：506⟧</div>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="pn">⟦l 上一条：管弦系举办青年教师教学比赛⟧<br>⟦l 下一条：学校召开冬季安全工作会议⟧</div>
<footer>⟦l 快速链接：图书馆 | 信息门户 | 校友之家⟧ ⟦m 地址：澜城市琴湖路6号⟧</footer>
</body></html>
""",
        body="""
12月7日晚，我院竖琴重奏团年度专场音乐会在琴湖音乐厅举行，十二架竖琴同台演奏，吸引了八百余名师生和市民观看。
音乐会上，重奏团演奏了《月光》《春江花月夜》改编曲等十首作品，其中三首为我院教师专门改编。
竖琴重奏团成立于2018年，现有成员二十四人，近年来先后赴多地参加艺术交流演出。
演出结束后，观众们久久不愿离去，纷纷与演奏者合影留念。⟦m （供图：艺术实践中心　编辑：夏沐）⟧
""",
    ),
    dict(
        slug="university-shuyuan-academy-center-notice-text",
        site="鹿川大学书院文化研究中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://syzx.luchuan.example.edu.cn/tzgg/2026/0310/128.htm",
        title="关于征集古代书院文献与口述资料的启事",
        record_title="关于征集古代书院文献与口述资料的启事",
        date="2026-03-10",
        notes="a research centre page: e-mail and phone of the document kept (the centre's own), a 'back to top' link and a visitor count; a sentence asking to 下载 a form kept",
        page="""
!m 鹿川大学 · 书院文化研究中心
!l 中心首页　中心概况　研究团队　学术动态　通知公告
{T}
!m 日期：2026-03-10　点击：[311]
{BODY}
!a [返回顶部]　[关闭窗口]
!m Copyright 鹿川大学书院文化研究中心
""",
        body="""
为系统整理我省古代书院的历史资料，鹿川大学书院文化研究中心面向社会征集古代书院相关文献与口述资料。
一、征集范围：书院志、学规、课艺、碑刻拓片、老照片，以及曾在书院旧址求学、工作人员的口述回忆。
二、征集方式：可捐赠、寄存或提供复制件，中心将为捐赠者颁发收藏证书。
三、提供线索者请先在中心网站下载《资料登记表》，填写后发送至征集邮箱。
联系人：温子谦　电话：0731-8867 2241　邮箱：shuyuan_zj@luchuan.example.edu.cn
鹿川大学书院文化研究中心
2026年3月10日
""",
    ),
    dict(
        slug="localforum-yeshi-night-market-post-junk",
        site="渝河生活圈 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yuhequan.example.com/thread-220418-1-1.html",
        title="关于滨河夜市临时搬迁至体育场北侧的通知",
        record_title="【转】关于滨河夜市临时搬迁至体育场北侧的通知（大家转告）",
        date="2025-07-28",
        notes="a county forum repost with junk glued and on a line; a poster's aside before the text; a detour table; replies under it; decorated record title",
        junk=dict(lines=1, glued=2),
        page="""
!m 渝河生活圈 › 渝河杂谈 › 便民信息
!t 【转】关于滨河夜市临时搬迁至体育场北侧的通知（大家转告）
!m 楼主 老街阿伟　发表于 2025-7-29 19:03
!m 从街道公众号转过来的，经常去夜市的朋友注意一下
{BODY}
!l 2楼 米粉西施：那烧烤摊也跟着搬吗？
!l 3楼 老街阿伟：回复 2楼 都搬，通知里写了
!a 发表回复　｜　回帖奖励 1 金币
""",
        body="""
广大市民、经营户：
因滨河路排水管网改造施工，滨河夜市自2025年8月5日起临时搬迁至县体育场北侧停车场经营。搬迁预计为期三个月。
一、经营时间不变，仍为每日18时至次日1时。
二、原经营户按原摊位序号对应安排新摊位。请于8月3日前到街道市场管理站确认。
三、搬迁期间体育场北侧停车场暂停停车服务，请市民绿色出行。
滨河街道办事处
2025年7月28日
""",
    ),
    dict(
        slug="localforum-yanjing-optician-warning-html",
        site="宁口论坛 (invented)",
        style="地方论坛",
        genre="提示",
        kind="notice",
        form="html",
        source="https://bbs.ningkou.example.net/t/88102",
        title="关于警惕“免费验光配镜”诱导消费的消费提示",
        record_title=None,
        date="2025-11-03",
        notes="no record title (title in the thread h1); a modern forum template with user card, reply count, sticky and hot badges, a 12315 line in the document kept beside the board's own 举报 link",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>宁口论坛 - 民生曝光台</title></head>
<body>
<div class="hd">⟦m 宁口论坛 · 宁口人自己的网上家园⟧ ⟦a 签到领积分⟧</div>
<div class="crumb">⟦m 首页 › 民生曝光台 › 帖子详情⟧</div>
<div class="thread">
<span class="badge">⟦l 置顶⟧</span><span class="badge">⟦l 热帖⟧</span>
<h1>⟦t 关于警惕“免费验光配镜”诱导消费的消费提示⟧</h1>
<div class="author">⟦m 宁口县消保委　2025-11-03 发布　回复 41　查看 6628⟧</div>
<div class="content">
{BODY}
</div>
<div class="ops">⟦l 点赞 ｜ 收藏 ｜ 分享 ｜ 举报此帖⟧</div>
</div>
<div class="side">⟦l 本版热帖：⟧<a>⟦l 城南菜场新开了早点铺⟧</a><a>⟦l 周末去哪儿遛娃⟧</a></div>
<div class="ft">⟦d 帖子内容仅代表作者观点，与本站立场无关⟧</div>
</body></html>
""",
        body="""
近期，县消保委接到多起投诉，有商家以“免费验光”“学生护眼检查”为名进入小区、学校周边，诱导家长购买高价眼镜和护眼产品。
县消保委提醒广大消费者：
1. 验光配镜应到具有资质的医疗机构或正规眼镜店，儿童首次配镜建议先到医院眼科检查。
2. 对宣称“治愈近视”“摘掉眼镜”的产品要保持警惕，不要轻信口头承诺。
3. 购买时索要发票和产品检测报告，发现问题可拨打12315投诉举报。
宁口县消费者权益保护委员会
2025年11月3日
""",
    ),
    dict(
        slug="download-tiaoma-barcode-course-old-table",
        site="绿野资料下载站 (invented)",
        style="资料下载站",
        genre="培训通知",
        kind="notice",
        form="html",
        source="http://www.lvye-down.example.net/soft/2025/66213.html",
        title="关于举办商品条码应用与管理培训班的通知",
        record_title="关于举办商品条码应用与管理培训班的通知.doc下载",
        date="2025-05-20",
        notes="old table layout of a download station: file-info table (大小/语言/授权/更新), three mirror links, a dead-link report, an unzip password; a fee table and the organiser's 联系电话 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于举办商品条码应用与管理培训班的通知.doc下载_绿野资料下载站</title></head>
<body>
<table width="980"><tr><td>⟦m 绿野资料下载站 www.lvye-down.example.net⟧</td><td>⟦l 首页 | 公文资料 | 表格模板 | 培训课件⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页 → 公文资料 → 通知公告⟧</td></tr></table>
<h1>⟦t 关于举办商品条码应用与管理培训班的通知.doc下载⟧</h1>
<table class="info"><tr><td>⟦m 资料大小：46KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr><tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2026-01-17⟧</td></tr></table>
<div class="intro"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<table class="down"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 备用下载三⟧</td></tr></table>
<p>⟦a 下载地址失效？点此报错⟧　⟦d 解压密码：www.lvye-down.example.net⟧</p>
<p>⟦m Copyright 2008-2026 绿野资料下载站⟧</p>
</body></html>
""",
        body="""
各有关企业：
为帮助企业正确使用商品条码，提高产品追溯和流通效率，市物品编码中心定于2025年6月12日至13日举办商品条码应用与管理培训班。
培训内容　课时
条码编码规则与申请流程　4
条码印刷质量与检测　4
追溯二维码应用案例　4
培训费每人三百元，含资料费，食宿自理。请于6月5日前将报名回执传真至编码中心。
联系电话：0791-8552 1046
市物品编码中心
2025年5月20日
""",
    ),
]
