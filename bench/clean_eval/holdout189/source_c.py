"""holdout189, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="anthology-shiweng-memoir-shoerack-wrap",
        site="柘翁文存 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="text",
        source="http://www.zheweng-wencun.net/juan2/38.html",
        title="竹鞋架",
        record_title="《柘翁文存》卷二·第38篇｜竹鞋架",
        date=None,
        notes="hard-wrapped at 60 columns; memoir with only a year; chapter links",
        page="""
!m 柘翁文存 · 卷二
!l 目录　上一篇：磨刀石　下一篇：老屋的门槛
{T}
!m 本篇字数：约四百字　访问计数：1906
{BODY}
!l 返回卷二目录
!d 文存由家人整理，未经许可请勿转载。
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
一九七九年春天，父亲从后山砍回几根老毛竹，在院子里劈了三天，做成一个四层的竹鞋架，摆在堂屋门后。
那时候家里七口人，鞋却不多，鞋架最下层放的是下田穿的胶鞋，最上层是过年才穿的布鞋。
后来搬进镇上的楼房，竹鞋架没带走。前些年回老屋，看见它还立在门后，竹子已经发黑，最上层空着。
""",
    ),
    dict(
        slug="anthology-laoqin-html-deskcalendar",
        site="秦老闲笔集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="html",
        source="http://qinlao.xianbi.cn/vol3/p12.htm",
        title="撕台历",
        record_title="《秦老闲笔集》卷三·第12篇｜撕台历",
        date=None,
        notes="old collection layout with chapter links and visit counter; essay with only a year",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>《秦老闲笔集》卷三·第12篇｜撕台历</title></head>
<body bgcolor="#f5f0e6">
<table width="760" align="center"><tr><td align="center">⟦m 秦老闲笔集⟧</td></tr>
<tr><td>⟦l ← 第11篇 灯下⟧ ⟦l 目录⟧ ⟦l 第13篇 老花镜 →⟧</td></tr>
<tr><td><h2>{T}</h2>
{BODY}
</td></tr>
<tr><td align="center">⟦m 您是本站第 0024517 位访客⟧ ⟦d 文责自负　转载请联系作者家属⟧</td></tr></table>
</body></html>
""",
        body="""
二〇〇八年退休那天，单位发了一本台历，我一直放在案头。
每天早起第一件事是撕一页，撕了十几年，撕掉的纸摞起来比台历本身还高。
有人说如今手机上什么都有，何必再买台历。我说，手机上的日子是滑过去的，台历上的日子是一页一页撕下来的。
""",
    ),
    dict(
        slug="party-huichuan-html-bookend-speech",
        site="翙川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.hcdj.gov.cn/dyjy/2025/0701/1120.html",
        title="在“红色书立”党员读书角揭牌仪式上的讲话",
        record_title="【党建引领】在“红色书立”党员读书角揭牌仪式上的讲话",
        date="2025-07-01",
        notes="Party portal with study-points line and QR prompt; date under the speech title; speaker line neutral",
        page="""
<html><head><meta charset="utf-8"><title>【党建引领】在“红色书立”党员读书角揭牌仪式上的讲话</title></head>
<body>
<div class="top">⟦m 翙川党建网⟧ ⟦m 翙川县委组织部主办⟧</div>
<div class="loc">⟦m 首页 > 党员教育 > 讲话材料⟧</div>
<h1>{T}</h1>
<p class="spk">翙川县委常委、组织部部长　沈嘉木</p>
<p class="dt">（2025年7月1日）</p>
<div class="text">
{BODY}
</div>
<div class="xx">⟦a 阅读本文可获学习积分 1 分⟧</div>
<div class="qr">⟦a 扫一扫，手机阅读⟧</div>
<footer>⟦d 翙川党建网版权所有⟧ ⟦m 浙ICP备06012770号⟧</footer>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们在这里为“红色书立”党员读书角揭牌。
所谓“红色书立”，就是每个党支部认领一组书立，立起一排党史、乡土和农技书籍，让党员群众随时可读。
希望各支部把读书角管起来、用起来，每月至少组织一次共读活动，让书立真正“立”在群众身边。
""",
    ),
    dict(
        slug="party-lingcheng-text-rubberband-story",
        site="瓴城先锋网 (invented)",
        style="党建网",
        genre="事迹材料",
        kind="story",
        form="text",
        source="http://www.lcxianfeng.cn/zbfc/7730.html",
        title="一根橡皮筋的“百宝箱”——记社区党员志愿者柯素芬",
        record_title="【支部风采】一根橡皮筋的“百宝箱”——记社区党员志愿者柯素芬",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="published date differs from 成文 date; editor line glued after a 。",
        page="""
!m 瓴城先锋网 | 党建引领基层治理
!m 首页 > 支部风采
{T}
!m 发布：2025-06-11　来源：城南街道党工委　浏览：182
{BODY}
!a 【分享到学习群】【打印】
!l 上一条：小区党支部开展“楼道微治理”
!m 投稿邮箱：lcxf_tg@163.com
""",
        body="""
在城南街道桂花社区，老党员柯素芬有个随身带着的“百宝箱”：针线、纽扣、创可贴，还有一大把橡皮筋。
谁家孩子头发散了，她掏出橡皮筋帮忙扎上；谁家菜袋子口松了，她也顺手扎紧。⟦m （编辑：戚筠）⟧
十二年来，她带着这个“百宝箱”走访独居老人两千多次。
城南街道党工委
2025年6月10日
""",
    ),
    dict(
        slug="hospital-lingxi-html-coaster-infection",
        site="瓴溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lxrmyy.com/yygg/2025/1008/361.html",
        title="关于病区停用布艺杯垫的通知",
        record_title="【医院公告】关于病区停用布艺杯垫的通知",
        date="2025-10-08",
        notes="hospital with booking float and 24-hour line; document contact kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【医院公告】关于病区停用布艺杯垫的通知</title></head>
<body>
<div class="hd">⟦m 瓴溪县人民医院⟧ ⟦m 二级甲等综合医院⟧</div>
<nav>⟦m 首页 医院概况 科室导航 就医指南 院务公开⟧</nav>
<h1>{T}</h1>
<div class="meta">⟦m 发布人：院感科　发布时间：2025-10-08⟧</div>
<div class="article">
{BODY}
</div>
<div class="float">⟦a 预约挂号⟧ ⟦a 在线咨询⟧</div>
<footer>⟦m 24小时急诊电话：0571-88501120⟧ ⟦d Copyright 瓴溪县人民医院⟧</footer>
</body></html>
""",
        body="""
各病区：
院感科在近期环境卫生学监测中发现，部分病区护士站和病房使用的布艺杯垫菌落数超标。
即日起各病区停用布艺杯垫，统一更换为可擦拭消毒的硅胶杯垫，每日用含氯消毒剂擦拭一次。
有疑问请咨询院感科，电话：0571-88501346。
""",
    ),
    dict(
        slug="hospital-xuanhu-text-rubberband-science",
        site="翾湖市第二医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="text",
        source="https://www.xh2yy.cn/jkkp/2025/0415/882.html",
        title="别用橡皮筋勒手指玩，小心缺血坏死",
        record_title="【健康科普】别用橡皮筋勒手指玩，小心缺血坏死",
        date="2025-04-15",
        notes="health article; byline 日期 date; booking line between paragraphs",
        page="""
!m 翾湖市第二医院 · 健康科普
{T}
!m 日期：2025-04-15　科室：手足外科　作者：骆川
{BODY}
!a 手足外科专家门诊，点此预约
!l 相关科普：儿童异物吞咽怎么办　夏季烫伤处理
!m 医院总机：0576-8880200
""",
        body="""
前不久，手足外科接诊了一名八岁男孩，他把橡皮筋一圈圈缠在手指上玩，睡着后忘了取下，第二天手指已发紫肿胀。
⟦a 关注医院公众号，获取更多健康知识⟧
手指血管细，被勒住数小时就可能缺血，严重的会坏死。
家长发现孩子手指发紫、发凉，要立刻剪断橡皮筋并及时就医，不要自行揉搓。
""",
    ),
    dict(
        slug="univ-huichuan-html-deskcalendar-missing",
        site="翙川师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.hcnu.edu.cn/info/1021/6630.htm",
        title="美术学院学生设计校园文创台历获省赛金奖",
        record_title=None,
        date="2025-12-03",
        notes="university news, title missing (h1); byline date; photographer line and editor chrome",
        page="""
<html><head><meta charset="utf-8"><title>美术学院学生设计校园文创台历获省赛金奖-翙川师范学院新闻网</title></head>
<body>
<div class="header">⟦m 翙川师范学院新闻网⟧ ⟦m 学院要闻 | 媒体师院 | 校园动态⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：罗宁　来源：美术学院　时间：2025-12-03　浏览：1045⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="ed">⟦m 摄影：孔见山　审核：袁秋⟧</div>
<footer>⟦m 地址：翙川县学府路9号⟧ ⟦d 翙川师范学院党委宣传部⟧</footer>
</body></html>
""",
        body="""
近日，第七届全省大学生文创设计大赛结果揭晓，我校美术学院视觉传达专业学生团队设计的“师院四季”台历获金奖。
这本台历以校园老建筑为题材，十二个月各配一幅钢笔淡彩，背面印有校史小故事。
指导教师介绍，团队历时四个月写生，前后改稿二十余次。
""",
    ),
    dict(
        slug="univ-lingcheng-text-shoerack-dorm",
        site="瓴城职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xsc.lcvtc.edu.cn/tzgg/2025/0310/514.html",
        title="关于学生公寓走廊鞋架统一更换的通知",
        record_title="关于学生公寓走廊鞋架统一更换的通知-学生处",
        date="2025-03-10",
        notes="department site; timetable as table; 成文日期",
        page="""
!m 瓴城职业技术学院学生处
!m 当前位置：首页>>通知公告
{T}
!m 发布者：公寓管理中心 | 点击数：733
{BODY}
!a 【关闭】【打印】
!m 版权所有 瓴城职业技术学院学生处　地址：瓴城区职教路1号
""",
        body="""
各学院、各位同学：
为消除走廊消防隐患，学校将统一拆除学生自购鞋架，在各寝室门内安装壁挂式鞋架。安装时间安排如下：
楼栋　安装日期
1号至3号公寓　3月17日
4号至6号公寓　3月19日
请各寝室于安装前一天清空走廊鞋架和杂物。
学生处
2025年3月10日
""",
    ),
    dict(
        slug="localbbs-huikou-html-coaster-junk",
        site="翙口生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="http://bbs.huikoulife.com/thread-90214-1-1.html",
        title="夜市摆摊卖手绘杯垫一个月，说说收入",
        record_title="夜市摆摊卖手绘杯垫一个月，说说收入 - 创业摆摊 - 翙口生活网",
        date=None,
        notes="county forum with weather widget and jammer fonts; relative time",
        page="""
<html><head><meta charset="gbk"><title>夜市摆摊卖手绘杯垫一个月，说说收入 - 创业摆摊 - 翙口生活网</title></head>
<body>
<div id="hd">⟦m 翙口生活网⟧ ⟦m 翙口 多云 18~25℃⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 翙口生活网 › 创业摆摊⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主 阿满手绘 · 发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="mod">⟦l 本帖最后由 阿满手绘 于 4 天前 编辑⟧</div>
<div id="ft">⟦d 翙口生活网 信息仅供参考⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
上个月开始在翙口夜市摆摊，卖自己画的木片杯垫，十五块一个，二十五块两个。
周末两晚最好，一晚能卖三十多个；工作日一般十个左右。
扣掉摊位费、木片和颜料，一个月净赚两千出头。
想问问大家，冬天夜市人少，有什么室内的地方可以摆？
""",
    ),
    dict(
        slug="localbbs-xuanyang-text-bookend-lost",
        site="翾阳论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://www.xuanyangbbs.com/forum.php?mod=viewthread&tid=441802",
        title="寻物：公交上丢了一对黄铜书立，有纪念意义",
        record_title="寻物：公交上丢了一对黄铜书立，有纪念意义 - 失物招领 - 翾阳论坛",
        date=None,
        notes="poster's own mobile kept beside the forum's ad line; no date",
        page="""
!m 翾阳论坛 › 失物招领
!m 发帖人：杉木　时间：前天 19:05　回复 6
{T}
{BODY}
!l 顶一下　收藏　分享到朋友圈
!w 论坛广告合作 QQ 3305126618
!m 翾阳论坛 www.xuanyangbbs.com
""",
        body="""
本人今天下午坐3路公交，从人民医院站到老街站，把一个布袋落在最后一排座位上。
袋里是一对黄铜书立，上面刻着“勤读”两个字，是我爷爷留下的。
有捡到的好心人请联系我，手机：13857621044，必有酬谢。
""",
    ),
]
