"""holdout122, part C: personal collections, Party-building sites, hospitals, universities, county
forums and a download station. Invented organisations: a bamboo-weaving co-op, a rabbit farm,
a spine-screening clinic, a canal heritage office, elderly canteens, a marathon, a suona troupe.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-bamboo-weaver-memoir-chapter",
        site="篾香文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="insight",
        form="html",
        source="https://miexiang.example.net/juan2/31.html",
        title="父亲的篾刀",
        record_title="《篾香文存》卷二·第31篇｜父亲的篾刀",
        date=None,
        notes="collection chapter page with prev/next chapter nav and contents link; no date (year only in text); writer's copyright",
        page="""
<html><head><meta charset="utf-8"><title>《篾香文存》卷二·第31篇｜父亲的篾刀</title></head><body>
<div class="bookname">⟦m 篾香文存 · 卷二 · 乡土⟧</div>
<div class="chnav">⟦l ← 上一篇　目录　下一篇 →⟧</div>
<h2>⟦t 父亲的篾刀⟧</h2>
<div class="byline">⟦m 作者：邬长青　字数：612⟧</div>
{BODY}
<div class="chnav">⟦l ← 上一篇：老屋的天井　｜　下一篇：赶场 →⟧</div>
<div class="ft">⟦d 本文集文字由作者本人整理，未经许可请勿转载⟧</div>
</body></html>
""",
        body="""
父亲的篾刀挂在堂屋的墙上，刀背被手磨得发亮。
他十四岁学篾匠，一辈子编过的箩筐、凉席和背篓，堆起来怕有半座山。
破竹、起篾、刮青，每一道工序他都不急不慢，说篾片要匀，人心也要匀。
1998年他关了篾铺进城打工，那把刀就再没有用过。
如今村里办起了竹编合作社，我把篾刀取下来磨了磨，交给了社里最年轻的徒弟。
""",
    ),
    dict(
        slug="collection-text-rabbit-farmer-letters",
        site="兔场手记文集 (invented)",
        style="个人文集",
        genre="书信",
        kind="letter",
        form="text",
        source="http://tuchang.example.org/wenji/shuxin/08.html",
        title="给新入职技术员的一封信",
        record_title="兔场手记 第三辑·08｜给新入职技术员的一封信",
        date="2025-03-01",
        notes="collection page; chapter meta; signature date; a count line; glued 'back to contents' after last paragraph",
        page="""
!m 兔场手记 · 第三辑 书信
!t 兔场手记 第三辑·08｜给新入职技术员的一封信
!m 整理：瑛子　收录时间：2025-04-02
{BODY}
!l 返回目录 | 上一封 | 下一封
!m 本辑共收录书信 14 封
""",
        body="""
小吕：
你来场里已经一个月了，今天写几句话，算是我这个老场长的嘱咐。
养兔子，最要紧的是防病，笼舍每周消毒一次，一点都不能省。
母兔产仔前后要多看，夜里我们轮流值班，这是场里二十年的老规矩。
有什么不懂的，随时来问我，也可以去请教兽医站的郝站长。
老林
2025年3月1日
""",
    ),
    dict(
        slug="dangjian-html-canal-office-party-lecture",
        site="璐原党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.luyuandj.example.gov.cn/djyw/202506/t20250627_6631.html",
        title="在运河保护中心党支部“七一”专题党课上的讲稿",
        record_title="在运河保护中心党支部“七一”专题党课上的讲稿_璐原党建网",
        date="2025-06-27",
        notes="Party-building portal; speaker line neutral; date under the title; learning-points box glued; 学习强国-like share row",
        page="""
<html><head><meta charset="utf-8"><title>在运河保护中心党支部“七一”专题党课上的讲稿_璐原党建网</title></head><body>
<div class="hd">⟦m 璐原党建网⟧ ⟦m 璐原市委组织部主办⟧</div>
<div class="nav">⟦m 首页　党建要闻　支部风采　党员教育　党务公开⟧</div>
<div class="crumb">⟦m 首页 > 党员教育 > 专题党课⟧</div>
<h1>⟦t 在运河保护中心党支部“七一”专题党课上的讲稿⟧</h1>
<p class="speaker">支部书记　汪敏之</p>
<p class="date">（2025年6月27日）</p>
{BODY}
<div class="tip">⟦a 学习积分：阅读本文满3分钟可获得1积分⟧</div>
<div class="share">⟦l 转发到：微信　微博　学习群⟧</div>
<div class="foot">⟦m 中共璐原市委组织部　地址：璐原市人民路1号⟧<br>⟦m 技术支持：璐原市大数据中心⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们在运河古码头旁上党课，就是要大家记住，守护运河是我们这一代人的责任。
中心成立十年来，先后完成古河道清淤二十三公里，修缮古桥、古闸十一处，运河沿线的面貌一天比一天好。
新的形势下，支部要把党建和业务紧紧结合起来，党员带头巡河、带头讲好运河故事。
希望每一名党员都做运河文化的守护者和传播者。
""",
    ),
    dict(
        slug="dangjian-text-elderly-canteen-branch-summary",
        site="瑾山社区党建在线 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://djzx.jinshan.example.cn/zbfc/2025/0110/391.html",
        title="社区党支部“老年助餐点”工作总结",
        record_title="【支部风采】社区党支部“老年助餐点”工作总结",
        date="2025-01-10",
        notes="party site text; a learning-platform prompt inside the body; table of meal counts kept; editor/review line",
        page="""
!m 瑾山社区党建在线
!m 支部风采
!t 【支部风采】社区党支部“老年助餐点”工作总结
!m 信息来源：金桂社区党支部　发布：2025-01-10　浏览量：93
{BODY}
!m 编辑：肖晴　审核：阮向东
!a 字号　大　中　小　　打印本文
""",
        body="""
2024年，金桂社区党支部把老年助餐点作为为民办实事的重点项目，取得了较好成效。
助餐点全年供餐情况如下：
季度　供餐人次　志愿服务人次
一季度　4120　310
二季度　4380　296
三季度　4510　335
四季度　4690　352
⟦a 👉 点此进入“党员学习平台”⟧
支部党员轮流到助餐点值班，帮助行动不便的老人送餐上门。
下一步，支部将争取在小区北区再开设一个助餐点。
金桂社区党支部
2025年1月10日
""",
    ),
    dict(
        slug="hospital-html-spine-screening-clinic",
        site="瑗湖县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yhxrmyy.example.com/yygg/2025/0815/1202.html",
        title="关于开设青少年脊柱侧弯筛查门诊的公告",
        record_title="【门诊公告】关于开设青少年脊柱侧弯筛查门诊的公告",
        date="2025-08-15",
        notes="hospital site: appointment hotline and 24h emergency in header/footer beside the clinic's own 咨询电话 (kept); floating consult box; sentence about 关注 the service account kept",
        page="""
<html><head><meta charset="utf-8"><title>【门诊公告】关于开设青少年脊柱侧弯筛查门诊的公告 - 瑗湖县人民医院</title></head><body>
<div class="top">⟦m 瑗湖县人民医院　二级甲等综合医院⟧　⟦m 预约挂号：0710-3316000　急诊：0710-3316120（24小时）⟧</div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　院务公开⟧</div>
<div class="pos">⟦m 当前位置：首页 > 院务公开 > 医院公告⟧</div>
<h2>⟦t 关于开设青少年脊柱侧弯筛查门诊的公告⟧</h2>
<div class="info">⟦m 发布时间：2025-08-15　发布科室：骨科　阅读次数：1750⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　专家团队为您解答⟧</div>
<div class="foot">⟦m 地址：瑗湖县南环路66号　邮编：441300⟧<br>⟦d 本网站信息仅供参考，不作为诊断依据⟧</div>
</body></html>
""",
        body="""
为及早发现青少年脊柱侧弯，我院骨科自9月1日起开设青少年脊柱侧弯筛查门诊。
一、门诊时间：每周三、周六上午，地点在门诊楼三楼骨科诊区。
二、筛查对象：六至十八岁儿童青少年，学校体检中发现体态异常的学生优先。
三、筛查项目：体态观察、前屈试验和脊柱全长X线检查。
家长可关注医院服务号，在“预约挂号”栏目选择“脊柱侧弯筛查”预约。
咨询电话：0710-3316258（骨科护士站）
""",
    ),
    dict(
        slug="hospital-text-rehab-dept-marathon-tips",
        site="琨山市中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="text",
        source="http://www.kszyy.example.org/kpzs/2025/1020/88.html",
        title="跑马拉松前后，这些伤病要警惕",
        record_title="健康科普丨跑马拉松前后，这些伤病要警惕",
        date="2025-10-20",
        notes="hospital news page; title decorated with 丨; a doctor's byline; a registration prompt line in body; footer",
        page="""
!m 琨山市中医院 · 健康科普
!t 健康科普丨跑马拉松前后，这些伤病要警惕
!m 2025-10-20　康复科 郜卫平
{BODY}
!a 【关闭】【打印】【返回顶部】
!m 琨山市中医院 版权所有　门诊咨询：0735-2121800
""",
        body="""
琨山马拉松即将开跑，康复科提醒跑友，赛前赛后要注意预防运动损伤。
一是赛前一周减少训练量，保证睡眠，不要临时更换跑鞋。
二是比赛中出现胸闷、头晕等情况，要立即停下向医疗点求助。
⟦a 立即预约康复科门诊 >⟧
三是赛后两三天内避免剧烈运动，可以通过拉伸和冷敷缓解肌肉酸痛。
""",
    ),
    dict(
        slug="university-html-archery-team-news",
        site="琇原师范学院体育学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://tyxy.xysf.example.edu.cn/info/1031/5527.htm",
        title="我院射箭队在省大学生锦标赛中获三金",
        record_title="我院射箭队在省大学生锦标赛中获三金",
        date="2025-05-12",
        notes="university school news; photographer and editor lines; left nav; a 'shared by' line; a caption between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>我院射箭队在省大学生锦标赛中获三金-体育学院</title></head><body>
<div class="logo">⟦m 琇原师范学院　体育学院⟧</div>
<div class="nav">⟦m 学院首页 | 学院概况 | 师资队伍 | 本科教学 | 学科建设 | 学生工作⟧</div>
<div class="left"><p>⟦l 学院新闻⟧</p><p>⟦l 通知公告⟧</p><p>⟦l 学术活动⟧</p></div>
<h1>⟦t 我院射箭队在省大学生锦标赛中获三金⟧</h1>
<div class="meta">⟦m 作者：田婧　摄影：汤小海　审核：万永福　发布时间：2025-05-12　点击：[ 433 ]⟧</div>
{BODY}
<div class="pn">⟦l 上一条：我院举办第五届教职工气排球赛⟧<br>⟦l 下一条：体育学院召开学生干部大会⟧</div>
<div class="ft">⟦m 版权所有 © 琇原师范学院体育学院　地址：琇原市大学城学府路1号⟧</div>
</body></html>
""",
        body="""
5月9日至11日，全省大学生射箭锦标赛在省体育中心举行，我院射箭队获得金牌三枚、银牌两枚。
本次比赛共有二十一所高校的一百八十余名运动员参赛。
⟦m 图为我院运动员在女子反曲弓决赛中。⟧
我院运动员晏雪获得女子反曲弓个人冠军，并与队友合作获得混合团体冠军。
学院院长表示，射箭队组建仅四年，取得这样的成绩离不开教练组和队员们的刻苦训练。
""",
    ),
    dict(
        slug="university-text-agri-college-chestnut-course",
        site="瑭溪农林职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.txnlzy.example.edu.cn/jwc/tz/2025/0902/720.html",
        title="关于开设板栗栽培技术选修课的通知",
        record_title="关于开设板栗栽培技术选修课的通知 - 教务处 - 瑭溪农林职业学院",
        date="2025-09-02",
        notes="college notice; course table kept; a college site line; office's e-mail kept beside the site's webmaster e-mail",
        page="""
!m 瑭溪农林职业学院 教务处
!m 首页 >> 通知公告
!t 关于开设板栗栽培技术选修课的通知 - 教务处 - 瑭溪农林职业学院
!m 发布者：教务科　发布时间：2025年09月02日　浏览：311
{BODY}
!m 站长信箱：webmaster@txnlzy.example.edu.cn
!m 瑭溪农林职业学院教务处 © 2025
""",
        body="""
各二级学院：
为服务地方板栗产业发展，本学期面向全院学生开设板栗栽培技术公共选修课。
课程安排如下：
周次　内容　地点
3—6周　品种与建园　实训楼204
7—10周　嫁接与修剪　校内板栗园
11—14周　病虫害防治　实训楼204
请有意选修的学生于9月10日前在教务系统中报名，限选八十人。
联系邮箱：jwk@txnlzy.example.edu.cn
教务处
2025年9月2日
""",
    ),
    dict(
        slug="localforum-basketball-schedule-post-html",
        site="瑄城论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.xuancheng.example.com/forum.php?mod=viewthread&tid=120733",
        title="瑄城县首届乡村篮球联赛赛程安排",
        record_title="[转帖] 瑄城县首届乡村篮球联赛赛程安排 - 瑄城杂谈 - 瑄城论坛",
        date="2025-08-05",
        notes="county forum post reposting a notice; schedule table kept; post time and 成文日期 differ (both accepted); forum junk as jammer fonts",
        date_also=["2025-08-06"],
        junk=dict(lines=0, glued=1),
        page="""
<html><head><meta charset="gbk"><title>[转帖] 瑄城县首届乡村篮球联赛赛程安排 - 瑄城杂谈 - 瑄城论坛</title></head><body>
<div class="hd">⟦m 瑄城论坛 · 瑄城人自己的网上家园⟧</div>
<div class="pt">⟦m 瑄城论坛 » 瑄城杂谈 » 正文⟧</div>
<h1>⟦t [转帖] 瑄城县首届乡村篮球联赛赛程安排⟧</h1>
<div class="pi">⟦m 楼主 球迷阿坤 发表于 2025-8-6 07:55⟧</div>
<div class="msg">
{BODY}
</div>
<div class="rate">⟦l 顶 12　踩 0　收藏 3　分享⟧</div>
<div class="reply">⟦l 沙发：终于等到了，我们村报名了！⟧</div>
<div class="ft">⟦m 瑄城论坛 服务QQ群 55120337⟧</div>
</body></html>
""",
        body="""
首届乡村篮球联赛将于8月16日开赛，现将赛程安排公布如下。
阶段　日期　地点
小组赛　8月16日—9月7日　各乡镇赛区
淘汰赛　9月13日—9月28日　县体育馆
总决赛　10月1日　县体育馆
各参赛队须在8月12日前将队员名单报县体育局群体股，每队报名不超过十二人。
瑄城县体育局
2025年8月5日
""",
    ),
    dict(
        slug="localforum-text-suona-noise-complaint",
        site="玢岭生活网论坛 (invented)",
        style="地方论坛",
        genre="投诉",
        kind="letter",
        form="text",
        source="https://www.fenlinglife.example.net/thread/66014-1.html",
        title="凌晨吹唢呐扰民，希望有关部门管一管",
        record_title="[民生投诉] 凌晨吹唢呐扰民，希望有关部门管一管（求顶）",
        date=None,
        notes="complaint post: relative time only; a reply from the street office as a forum floor (chrome); the poster's own phone-free text; no date",
        page="""
!m 玢岭生活网 › 民生投诉
!t [民生投诉] 凌晨吹唢呐扰民，希望有关部门管一管（求顶）
!m 楼主：住在西关的小周　昨天 23:41　查看：1420　回复：36
{BODY}
!l 1楼 路过的老韩：顶上去！
!l 2楼 西关街道办（认证）：您好，已转社区核实处理。
!l 发表回复　|　快速回复
!d 免责声明：帖子内容为网友个人观点，与本站立场无关。
""",
        body="""
我家住在西关小区三栋，最近半个月，隔壁巷子里有人办事，每天凌晨五点就开始吹唢呐放鞭炮。
家里有老人和刚满月的孩子，每天都被吵醒，实在受不了。
我们理解办事是风俗，但能不能把时间推迟到早上七点以后？
希望社区和有关部门出面协调一下，谢谢大家帮顶。
""",
    ),
    dict(
        slug="download-station-rabbit-farm-plan-table-layout",
        site="百资下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.baizixz.example.com/soft/xm/20250418/66103.html",
        title="肉兔标准化养殖示范场建设方案",
        record_title="肉兔标准化养殖示范场建设方案.doc下载",
        date="2025-04-16",
        notes="old table layout download page: file-info table, three mirror links, dead-link report; the description is the document; signature date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>肉兔标准化养殖示范场建设方案.doc下载 - 百资下载站</title></head><body>
<table width="980"><tr><td>⟦m 百资下载站 - 绿色 安全 高速⟧</td><td>⟦a 设为首页　加入收藏⟧</td></tr></table>
<table><tr><td>⟦m 当前位置：首页 → 文档资料 → 养殖技术⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 资料名称：肉兔标准化养殖示范场建设方案.doc⟧</td></tr>
<tr><td>⟦m 资料大小：45 KB　资料语言：简体中文　授权方式：免费⟧</td></tr>
<tr><td>⟦m 更新时间：2025-04-18 10:21:06　下载次数：本周 27 次⟧</td></tr></table>
<div class="intro"><b>⟦m 资料简介⟧</b>
{BODY}
</div>
<table class="down"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 移动下载三⟧</td></tr></table>
<div>⟦a 如果下载地址失效，请点此报告死链⟧</div>
<div class="foot">⟦d 本站所有资料均来自网络，仅供学习研究，请于下载后24小时内删除。⟧</div>
</body></html>
""",
        body="""
为推进肉兔养殖标准化，提高养殖效益，县畜牧兽医中心决定在珙城镇建设肉兔标准化养殖示范场。
示范场设计存栏种兔两千只，年出栏商品兔六万只，建设兔舍四栋、粪污处理设施一套。
示范场实行“全进全出”饲养模式，统一饲料、统一防疫、统一销售。
项目总投资三百二十万元，其中申请上级补助一百万元，其余由合作社自筹。
珙城县畜牧兽医中心
2025年4月16日
""",
    ),
]
