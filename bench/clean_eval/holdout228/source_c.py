"""holdout228, part C: personal collections, Party-building sites, hospitals, universities, county forums.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="collection-amie-memoir-wulong-bamboo-knife-gb2312",
        site="阿篾文存 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.amiewencun.example.com/yxjs/014.htm",
        title="爷爷的扎龙篾刀",
        record_title="〔瀹溪旧事·之十四〕爷爷的扎龙篾刀 —— 阿篾文存",
        date=None,
        notes="old table layout of a personal collection: marquee, chapter links, visitor counter, the author's mailbox; a "
        "写于 line with only a year and month is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔瀹溪旧事·之十四〕爷爷的扎龙篾刀 —— 阿篾文存</title>
<script language="JavaScript">function openwin(u){window.open(u,"","width=400,height=300")}</script>
</head><body bgcolor="#f5f0e1">
<table width="780" align="center" border="0" cellspacing="0">
<tr><td align="center"><font size="5">⟦m 阿篾文存⟧</font><br>⟦m 竹篾一样细碎的旧事，慢慢编⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 本站文字均为阿篾原创，写给瀹溪边长大的人⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="/">文存首页</a> ｜ <a href="/yxjs/">瀹溪旧事</a> ｜ <a href="/dsbj/">读书笔记</a> ｜ <a href="/ly/">留言簿</a>⟧</td></tr>
</table>
<table width="780" align="center" border="1" bordercolor="#d8ccb0" cellpadding="12"><tr><td>
<p align="center"><b>⟦t 〔瀹溪旧事·之十四〕爷爷的扎龙篾刀⟧</b></p>
<p align="center">⟦m 阿篾　　本篇字数：640　　收入时间：2 个月前⟧</p>
{BODY}
<p align="center">⟦l ← 之十三　腊月的磨坊⟧　　⟦l 目录⟧　　⟦l 之十五　瀹溪上的渡船 →⟧</p>
</td></tr></table>
<table width="780" align="center"><tr><td align="center">
⟦d 文存所有文字版权归作者所有，转载请先来信征得同意。⟧<br>
⟦m 来信请寄：amie_wencun@163mail.example.com⟧<br>
⟦m 你是第 00020741 位翻开文存的朋友⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我小时候最盼的是腊月，因为腊月里爷爷要扎龙。
爷爷是村里的篾匠，平日编箩筐、晒席，一到腊月，就把堂屋腾出来，给村里的舞龙队扎龙身。他把毛竹劈成细篾，泡软了弯成一个个圆圈，九节龙身，每节都要一般大小。
我的活儿是递篾和扶圈。爷爷手上的篾刀磨得雪亮，削篾时刀口贴着竹子走，篾片一根根落下来，薄得能透光。
正月十五那晚，龙从祠堂出来，锣鼓一响，满村的人都跟着跑。我挤在人群里，看的不是龙，而是爷爷扎的那些圈，在火光里一明一暗。
爷爷走了二十多年，那把篾刀还挂在老屋的墙上。
（写于二〇二三年腊月）
""",
    ),
    dict(
        slug="collection-zhenxian-memoir-yuebing-tin-oneline",
        site="针线笺 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://zhenxianjian.example.net/vol2/07.html",
        title="母亲的月饼铁盒",
        record_title="针线笺·七｜母亲的月饼铁盒",
        date=None,
        notes="a memoir with the whole body on one line; collection header, volume links, a visitor line; no date at all",
        page="""
!m 针线笺 · 一个女儿的旧物笔记
!m 卷一　卷二　卷三　关于作者
!t 针线笺·七｜母亲的月饼铁盒
!m 作者：卢小棉　　字数 380
{BODY}
!l 上一则：外婆的顶针　｜　下一则：父亲的搪瓷缸
!m 本页被翻阅 3207 次
!d 文字版权归作者，转载请留言
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
母亲的针线盒是一只月饼铁盒，蓝底，盒盖上印着嫦娥奔月，边角早已磨得露出铁色。
那是我上小学那年的中秋，父亲从县城捎回一盒月饼，月饼吃完了，盒子就归了母亲。她在盒底垫一块旧手帕，放进顶针、线板和大大小小的纽扣，一用就是三十多年。
我小时候常偷偷打开它，把纽扣倒出来数，数完再一颗颗放回去。母亲从不怪我，只说别把针弄丢了。
如今母亲眼睛花了，很少再做针线。那只铁盒放在她床头的柜子上，盖子一掀，还是当年那股淡淡的樟脑味。
""",
    ),
    dict(
        slug="dangjian-hushui-speech-festival-hongbao-integrity",
        site="縠水廉韵党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.hslianyun.example.cn/jfjy/2025/0123/3071.html",
        title="在局机关春节前廉政提醒谈话会上的讲话",
        record_title="【节前廉政提醒】在局机关春节前廉政提醒谈话会上的讲话 ｜ 縠水廉韵党建网",
        date="2025-01-21",
        date_also=["2025-01-23"],
        notes="Party portal: study-points prompt, QR read-on-phone line, column list; speaker and date lines under the title "
        "(speaker neutral); the site's 发布时间 also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>【节前廉政提醒】在局机关春节前廉政提醒谈话会上的讲话 ｜ 縠水廉韵党建网</title>
<script src="/res/js/study-points.js"></script>
</head><body>
<div class="dj-head">⟦m 縠水廉韵党建网⟧ <span>⟦m 崇廉尚洁 縠水清风⟧</span></div>
<div class="dj-nav">⟦m 首页 | 党建动态 | 纪法教育 | 廉洁文化 | 警示案例 | 学习园地⟧</div>
<div class="dj-loc">⟦m 位置：首页 → 纪法教育 → 节前提醒⟧</div>
<div class="dj-article">
<h1>{T}</h1>
<p class="speaker">局党组书记、局长　伍建邦</p>
<p class="date">（2025年1月21日）</p>
<div class="dj-meta">⟦m 发布时间：2025-01-23　来源：局机关纪委　字号：大 中 小⟧</div>
<div class="dj-points">⟦a 阅读满 3 分钟可获学习积分 1 分⟧</div>
<div class="dj-body">
{BODY}
</div>
<div class="dj-qr">⟦a 扫一扫，手机上接着读⟧</div>
</div>
<div class="dj-side"><h3>⟦l 廉洁文化·推荐阅读⟧</h3><ul><li>⟦l 节日“四风”问题典型案例剖析⟧</li><li>⟦l 家风建设专题党课讲稿⟧</li></ul></div>
<div class="dj-foot">⟦m 主办：中共縠水县纪委监委宣传部　承办：縠水廉韵党建网编辑部⟧<br>⟦m 湘ICP备18066310号⟧</div>
<script>StudyPoints.track(3071);</script>
</body></html>
""",
        body="""
同志们：
春节将至，今天召开节前廉政提醒谈话会，目的是给大家提个醒、打个招呼。
一、管住“红包”这道口子。节日期间，收送红包礼金是违反中央八项规定精神问题的高发点，有的以“拜年”为名送电子红包，有的借子女升学收红包。局党组明确要求，任何人不得收受管理服务对象的红包，对方执意转来的，一律在24小时内退回并向机关纪委报告。
二、守住公私界限。严禁用公款购买年货、发放节礼，严禁公车私用。
三、带头树立新风。党员干部要带头不大操大办、不滥发人情红包，用实际行动带动家风民风。
同志们，清正廉洁是最好的“年礼”。祝大家过一个平安祥和、风清气正的春节。
""",
    ),
    dict(
        slug="dangjian-wenhuaguan-summary-wulong-repair-table",
        site="縠水先锋网 (invented Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.hushuixianfeng.example.cn/zbfc/2024/1228/1880.html",
        title="县文化馆党支部2024年“舞龙道具修复”志愿服务工作总结",
        date="2024-12-26",
        date_also=["2024-12-28"],
        notes="record title as is; a Party site's column lines, study-points line; a table one row a paragraph; 成文日期 in "
        "Chinese numerals, the posting date also accepted",
        page="""
!m 縠水先锋网
!m 支部风采 ＞ 文化战线
{T}
!m 2024-12-28　　文化馆党支部供稿　　　阅读 355
!a 本文已加入“学习强支部”积分，读完自动记分
{BODY}
!a 【关闭】【打印】【收藏本文】
!l 相关链接：县图书馆党支部开展“书香进村”活动
!m 中共縠水县委组织部主办　　技术支持：县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
2024年，县文化馆党支部以“我为群众办实事”为抓手，组织党员志愿者深入乡村，开展舞龙道具修复志愿服务，现将有关情况总结如下。
一、基本情况
全年共组织志愿服务11次，参与党员志愿者86人次，为3个村的舞龙队修复道具。
村名　修复龙身（节）　更换龙珠（个）
粞家湾村　18　2
鹧坪村　9　1
河口村　27　3
二、主要做法
一是摸清需求，年初逐村走访舞龙队，建立道具破损台账。二是就地修复，志愿者带上竹篾、绸布、颜料进村，手把手教村民修补龙身。三是传授技艺，邀请老艺人开设扎龙培训班两期，培训村民42人。
三、下一步打算
2025年，支部将把服务范围扩大到全县所有舞龙队，并协助各村建立道具管理制度。
中共縠水县文化馆支部委员会
二〇二四年十二月二十六日
""",
    ),
    dict(
        slug="hospital-longcheng-notice-hongbao-agreement",
        site="栊城市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lcsey.example.cn/ywgk/2024/0624/915.html",
        title="关于在住院患者中开展签订不收受“红包”协议工作的通知",
        record_title="院务公开 ▸ 关于在住院患者中开展签订不收受“红包”协议工作的通知 | 栊城二院",
        date="2024-06-24",
        notes="hospital site: booking float, 24-hour line, experts list; the 医务科 consultation line is the notice's own; "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>院务公开 ▸ 关于在住院患者中开展签订不收受“红包”协议工作的通知 | 栊城二院</title>
<script src="/assets/js/booking-float.js"></script>
</head><body>
<div class="h-top">⟦m 栊城市第二人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span> <span>⟦m 24小时服务热线：0597-8236000⟧</span></div>
<div class="h-nav">⟦m 医院概况　就医指南　科室导航　专家介绍　院务公开　健康科普⟧</div>
<div class="h-loc">⟦m 首页 > 院务公开 > 医德医风⟧</div>
<div class="h-art"><h1>{T}</h1>
<div class="h-info">⟦m 发布：党政办　日期：2024-06-24　浏览：1206⟧</div>
{BODY}
<div class="h-share">⟦l 分享至：微信 微博 QQ⟧</div>
</div>
<div class="h-side"><h4>⟦l 今日坐诊专家⟧</h4><ul><li>⟦l 心内科　周立行　主任医师⟧</li><li>⟦l 骨科　何建安　副主任医师⟧</li></ul></div>
<div class="h-float">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 来院导航⟧</div>
<div class="h-foot">⟦m 地址：栊城市曛湖区康宁路66号⟧ ⟦m 闽ICP备17022810号-1⟧</div>
</body></html>
""",
        body="""
院内各科室：
为进一步加强医德医风建设，维护良好医患关系，经院党委研究，决定自2024年7月1日起，在全院住院患者中开展医患双方签订不收受“红包”协议工作。现将有关事项通知如下。
一、患者办理入院手续时，由主管医生与患者或家属签订协议书，一式两份，一份存入病历，一份交患者保存。
二、医务人员不得以任何理由收受患者及家属的红包、购物卡，确实无法拒收的，须在24小时内交医院纪检监察室登记，并以患者名义存入住院预交金。
三、各科室要将协议签订率纳入月度考核，签订率须达到100%。
咨询电话：医务科　0597-8236614。
栊城市第二人民医院
2024年6月24日
""",
    ),
    dict(
        slug="hospital-hushui-eye-sanjiaochi-injury-science",
        site="縠水县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.hsxrmyy.example.cn/jkkp/20240911/2207.html",
        title="孩子被三角尺划伤眼睛，家长先做这三件事",
        record_title="眼科小课堂丨孩子被三角尺划伤眼睛，家长先做这三件事 - 縠水县人民医院",
        date="2024-09-11",
        notes="hospital text page: 发布时间 byline the page's date; booking and 24-hour lines; numbered list 1. 2. 3.",
        page="""
!m 縠水县人民医院　|　健康科普
!t 眼科小课堂丨孩子被三角尺划伤眼睛，家长先做这三件事
!m 发布时间：2024-09-11　作者：眼科　邵明慧　审核：医务部
{BODY}
!a 预约眼科门诊：关注医院服务号，点“预约挂号”
!m 急诊24小时值班电话：0738-6688120
!l 相关科普：近视儿童该不该戴角膜塑形镜？｜ 眼睛进了异物千万别揉
!d 本文仅作健康科普，不能代替面诊，如有不适请及时就医。
""",
        body="""
开学后，眼科门诊接诊了好几例被三角尺尖角划伤眼睛的小学生。三角尺的直角和锐角比较尖，孩子打闹时很容易伤到眼睛。
如果孩子不慎被划伤，家长要先做好三件事：
1.不要揉眼。叮嘱孩子闭上眼睛，不要用手揉，也不要自行滴眼药水。
2.简单遮盖。用干净的纱布或纸杯轻轻罩住伤眼，避免压迫眼球。
3.尽快就医。即使看上去只是轻微擦伤，也可能伤及角膜，应尽快到医院眼科检查。
预防比处理更重要。建议家长为孩子选购直角处做过圆角处理的三角尺，并提醒孩子不要拿文具打闹。
""",
    ),
    dict(
        slug="university-xiangchuan-library-ditu-ce-exhibition-h1",
        site="庠川师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xcnu.example.edu.cn/info/1021/8830.htm",
        title="图书馆举办“图说山河——馆藏地图册展”",
        record_title=None,
        record_date="2024-11-20",
        date="2024-11-20",
        notes="no record title: the title only in the page's <h1>; record date; a photo caption between paragraphs; "
        "writer/editor line, a dotted date line and a view counter",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>庠川师范学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="xc-head">⟦m 庠川师范学院新闻网⟧ <span>⟦m 学高为师 身正为范⟧</span></div>
<div class="xc-nav">⟦m 学校首页 | 综合新闻 | 教学科研 | 校园文化 | 媒体师院⟧</div>
<div class="xc-main">
<h1>{T}</h1>
<div class="xc-meta">⟦m 2024.11.20　作者：图书馆　点击：⟧<span id="dynclicks">⟦m 689⟧</span></div>
<div class="v_news_content">
{BODY}
</div>
<div class="xc-edit">⟦m 撰稿：图书馆 冉可　编辑：宣传部 石漫⟧</div>
<div class="xc-pn">⟦l 上一条：我校学子在省师范生教学技能大赛中获佳绩⟧<br>⟦l 下一条：地理科学学院开展秋季野外实习⟧</div>
</div>
<div class="xc-foot">⟦m 庠川师范学院党委宣传部　地址：庠川县学府路1号⟧ ⟦m 湘ICP备05011376号⟧</div>
</body></html>
""",
        body="""
11月19日，由图书馆主办的“图说山河——馆藏地图册展”在图书馆一楼展厅开展。
本次展览共展出馆藏地图册126种，时间跨度从上世纪三十年代到今天，既有全国地图册、省区地图册，也有地形、交通、历史等专题地图册。其中，几本民国时期的省区分图和上世纪五十年代的县级地图册最受关注。
⟦m 图为师生在展柜前参观馆藏地图册。⟧
开展当天，地理科学学院教师为师生作了题为“地图册里的城乡变迁”的导览讲解。不少同学在展柜前对照今天的电子地图，寻找家乡地名的变化。
展览将持续至12月20日，全校师生可凭校园卡免费参观。
""",
    ),
    dict(
        slug="university-longcheng-tech-drawing-exam-sanjiaochi",
        site="栊城理工学院教务处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.lcit.example.edu.cn/tzgg/2024/1220/4410.htm",
        title="关于《工程制图》期末考试自带绘图工具的通知",
        record_title="教学通知｜关于《工程制图》期末考试自带绘图工具的通知（栊城理工学院教务处）",
        date="2024-12-20",
        notes="academic-affairs page: the 考试科 contact is the notice's own beside the office's general line; numbered list; "
        "成文日期 under the signature",
        page="""
!m 栊城理工学院教务处
!m 首页 » 通知公告 » 考试管理
{T}
!m 作者：考试科　　发布：2024-12-20　　阅读：2196
!a 打印本页 | 关闭窗口
{BODY}
!l 附：考场安排请登录教务系统查看
!m 教务处办公室电话：0597-8812000　　地址：行政楼302
!m 版权所有 © 栊城理工学院教务处
""",
        indent="\u3000\u3000",
        body="""
各二级学院、各位考生：
本学期《工程制图》课程期末考试定于2025年1月8日上午进行，考试采用手工绘图方式。请考生自带以下绘图工具：
1.一副三角尺（45°和30°/60°各一块，长边不短于25厘米）；
2.圆规、分规各一只；
3.HB、2B铅笔和橡皮。
考场不提供绘图工具，考试期间不得相互借用。三角尺上不得写画任何与考试有关的文字，监考教师将在开考前逐一检查。
联系人：教务处考试科　舒云，电话：0597-8812043。
栊城理工学院教务处
2024年12月20日
""",
    ),
    dict(
        slug="county-forum-zheping-wulong-recruit-jammer",
        site="縠水在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="http://bbs.hushuionline.example.com/thread-208813-1-1.html",
        title="鹧坪镇舞龙队招新啦，年轻人快来！",
        record_title=None,
        date=None,
        notes="county forum: no record title, the thread subject is the title; weather line, medals, a decoration ad, an "
        "official-reply link, jammer-font junk; 发表于 前天 is no date",
        page="""
<html><head><meta charset="gbk"><title>鹧坪镇舞龙队招新啦，年轻人快来！ - 乡镇动态 - 縠水在线论坛</title>
<style>.jm{font-size:0;color:#fefefe}</style>
<script src="data/cache/common.js"></script>
</head><body>
<div id="hd">⟦m 縠水在线论坛⟧ ⟦m 縠水今天：多云 3～11℃⟧ <a>⟦a 快速登录⟧</a></div>
<div id="pt">⟦m 縠水在线 › 乡镇动态 › 鹧坪⟧</div>
<div class="ad-top">⟦w 鹧坪装修找老邓，全包半包都接，电话 13907389921⟧</div>
<table id="pid1"><tr><td class="pls">⟦m 鹧坪老郑⟧<br>⟦m 勋章：热心乡亲 ｜ 活动达人⟧</td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 前天 19:52　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复　加分　分享　举报⟧</div>
<div class="gov">⟦l 该帖已转交鹧坪镇政府办，查看官方回复 ›⟧</div></td></tr></table>
<div class="reply">⟦l 2楼 瀹溪钓客：支持！我侄子今年刚毕业，让他去试试⟧</div>
<div id="ft">⟦m 縠水在线论坛　湘ICP备15020077号　本站法律顾问：湘縠律师事务所⟧</div>
</body></html>
""",
        p_html="{}<br /><br />",
        junk=dict(lines=1, glued=2),
        body="""
鹧坪镇舞龙队今年元宵还要上县里比赛，现在队里缺人，想招几个年轻人。
要求不高：十八到四十岁，身体好，能吃苦。每天晚上七点半到九点半在镇中学操场练，连练三周。
道具不用自己准备。队里去年新做了一条九节龙，龙头是请县里老师傅扎的，另外还有龙珠两个、锣鼓一套。练习期间镇文化站每晚补贴误工费五十元。
有意的朋友直接到镇文化站找老郑报名，或者在本帖回复留个联系方式。
""",
    ),
    dict(
        slug="county-forum-longcheng-yuebinghe-drop-point",
        site="栊城在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.longchengzaixian.example.cn/t/330571",
        title="月饼盒别乱扔，栊园社区设了回收点",
        record_title="〈邻里帮〉月饼盒别乱扔，栊园社区设了回收点（内附开放时间）| 曛湖版 | 栊城在线论坛",
        date=None,
        notes="county forum text: board line, poster and 发表于 2 小时前 (no date), floors, weather and a local ad",
        page="""
!m 栊城在线论坛　›　曛湖版
!m 今日栊城：晴 19～28℃　空气质量 良
!t 〈邻里帮〉月饼盒别乱扔，栊园社区设了回收点（内附开放时间）
!m 楼主 栊园老街坊　发表于 2 小时前　查看 906　回复 14
{BODY}
!a 顶 (27)　踩　转发到朋友圈
!l 沙发 曛湖小灰灰：我家那几个铁盒终于有去处了
!l 板凳 栊园老街坊：回复 曛湖小灰灰 记得把内托一起拿过去
!w 家电清洗上门服务，曛湖区内免费上门，微信 lc_qingxi168
!m 栊城在线论坛 · 栊城人自己的网上家园
""",
        body="""
刚从栊园社区回来，顺便给大家说个事。社区在西门岗亭旁边设了一个月饼盒回收点，铁盒、木盒、纸盒都收，收满十个可以换一袋洗衣粉。
开放时间是9月18日到10月8日，每天早上八点到晚上八点，有志愿者值守。
我家今年攒了七八个盒子，正愁没地方放，拿过去两分钟就登记好了。工作人员说，铁盒会送到再生资源公司，纸盒打包卖了的钱用来买社区活动的奖品。
住在附近的街坊可以去看看，别再把月饼盒塞进垃圾桶了。
""",
    ),
]
