"""Holdout22, part C: news portals, account mirrors, blogs, collections and forums.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="news-fangzhou-cableway-reopen-html",
        site="方舟新闻网 (invented, city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.fangzhou.com.cn/local/2025-04/29/c_81530.htm",
        title="蔻溪山索道完成年度检修 “五一”前恢复运营",
        record_title="蔻溪山索道完成年度检修 “五一”前恢复运营-方舟新闻网",
        date="2025-04-29",
        notes="news portal: a cableway company's reopening; photo caption between paragraphs; editor line glued after the last paragraph; 新闻热线 footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蔻溪山索道完成年度检修 “五一”前恢复运营-方舟新闻网</title></head>
<body>
<div class="top">⟦m 方舟新闻网⟧ ⟦m 本地｜民生｜财经｜文旅｜视频⟧ <a>⟦a 下载方舟新闻客户端⟧</a></div>
<div class="crumb">⟦m 方舟新闻网 > 本地新闻 > 正文⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 2025-04-29 18:20:07　来源：方舟晚报　记者 冉小舟 通讯员 柏林⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享：微信好友 朋友圈 微博⟧</div>
<div class="more"><h3>⟦l 相关新闻⟧</h3><p>⟦l 蔻溪山景区推出“五一”夜游项目⟧</p><p>⟦l 全市特种设备安全大检查启动⟧</p></div>
<div class="ft">⟦m 方舟新闻网版权所有，未经授权禁止转载⟧ ⟦m 新闻热线：0744-96801⟧ ⟦m 湘ICP备10020077号⟧</div>
</body></html>
""",
        body="""
本报讯　经过为期一个月的年度检修，蔻溪山客运索道日前通过特种设备检验机构的验收检验，将于4月30日起恢复运营。
⟦m 图为检修人员在索道支架上检查托压索轮组。记者 冉小舟 摄⟧
据蔻溪山索道有限公司负责人介绍，本次检修共更换托压索轮衬垫1200余个，对驱动系统、制动系统和全线46个吊厢进行了全面检查，并开展了满载制动、紧急救援等试验。
“五一”期间，索道运营时间为每天7:30至18:00，游客可通过景区官方小程序购买索道票，现场排队时间预计不超过30分钟。
景区提醒游客，乘坐索道时请听从工作人员指挥，严禁在吊厢内摇晃、打闹。⟦m （责任编辑：舒萌）⟧
""",
    ),
    dict(
        slug="news-qiandao-flour-mill-text",
        site="黔岛新闻客户端 (invented, share page)",
        style="新闻门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.qiandaonews.cn/share/article/3390172",
        title="县长在全县粮食产销对接会上的致辞",
        record_title="县长在全县粮食产销对接会上的致辞丨黔岛新闻",
        date="2024-10-16",
        notes="news app share page; a speech at a grain marketing fair; date under the title in Chinese numerals; speaker line neutral; open-app prompts",
        page="""
!a 打开黔岛新闻，看更多本地资讯　［立即打开］
!m 黔岛新闻 · 权威发布
{T}
县人民政府县长　聂光辉
（二〇二四年十月十六日）
!m 黔岛新闻记者 郑可 整理　2024-10-16 11:02
{BODY}
!l 👍 1.3万　　💬 留言　　⭐ 收藏
!a 在App内打开，参与互动赢好礼
!m 黔岛新闻客户端 出品
""",
        indent="　　",
        body="""
尊敬的各位嘉宾，朋友们：
金秋十月，稻谷飘香。今天，我们在这里举办全县粮食产销对接会，搭建产区与销区、农户与企业合作交流的平台。我代表县人民政府，向出席会议的各位嘉宾表示热烈欢迎！
我县是全省产粮大县，今年粮食总产预计达到6.8亿斤，优质稻种植面积占比超过七成。近年来，我们大力培育粮食加工企业，全县面粉、大米加工企业发展到27家，“荸川香米”获评国家地理标志产品。
希望通过这次对接会，有更多的采购商了解我县粮食、选择我县粮食。我们将一如既往优化营商环境，为客商提供最优质的服务。
最后，预祝对接会取得圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="mp-shijiang-dialect-archive-html",
        site="拾江方言 公众号镜像 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="html",
        source="https://mp.jingxiang.link/a/shijiang/20250315-1.html",
        title="县语言文字工作委员会方言语音建档工作方案",
        record_title="方言建档｜县语言文字工作委员会方言语音建档工作方案",
        date="2025-03-15",
        notes="WeChat-style account page: account line with date, follow/reward prompts, 'read original' link, like row; a language committee's plan; 扫码 sentence in body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>方言建档｜县语言文字工作委员会方言语音建档工作方案</title></head>
<body>
<div class="rich_media">
<h1 class="rich_media_title">⟦t 方言建档｜县语言文字工作委员会方言语音建档工作方案⟧</h1>
<div class="rich_media_meta">⟦m 拾江方言⟧ ⟦m 2025年3月15日 20:41 湖南⟧</div>
<p>⟦a 点击上方蓝字「拾江方言」关注我们⟧</p>
<section>
{BODY}
</section>
<p>⟦a 喜欢这篇推文，就给小编加个鸡腿吧 ➜ 赞赏⟧</p>
<p>⟦l 往期回顾：「拾江话里的节气」「外婆的童谣」⟧</p>
<div>⟦a 阅读原文⟧ ⟦l 分享⟧ ⟦l 推荐⟧ ⟦l 写留言⟧</div>
</div>
<div class="mirror-ft">⟦d 本页为公众号文章镜像，版权归原公众号所有。⟧</div>
</body></html>
""",
        p_html='<p><span style="font-size:15px;">{}</span></p>',
        body="""
为保护和传承本地方言文化，县语言文字工作委员会决定开展方言语音建档工作。方案如下。
一、建档范围：全县12个乡镇的方言，每个乡镇选取1至2个代表点。
二、发音人条件：年龄60岁以上、世居本地、口齿清楚的男女各1名。
三、采录内容：单字1000个、词汇1200条、语法例句50句，以及民间故事、歌谣等口头文化。
四、工作步骤：4月完成发音人遴选，5月至8月开展采录，9月完成转写和整理，年底前建成方言语音数据库。
欢迎熟悉本地方言的老人踊跃报名，家属可扫描海报上的二维码填写推荐表。
县语言文字工作委员会办公室
2025年3月15日
""",
    ),
    dict(
        slug="mp-yunlu-bridge-clan-letter-text",
        site="云麓镜像 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://yunlu-mirror.cc/s/amateur-radio-2025",
        title="致全县业余无线电爱好者的一封信",
        record_title=None,
        date=None,
        notes="an amateur-radio association's letter on a WeChat mirror; account line with relative time (no date); forum-like junk absent; no 成文日期",
        page="""
!m 云麓镜像 · 公众号文章存档
!t 致全县业余无线电爱好者的一封信
!m 原创　县无线电运动协会　5天前
!a 👆 戳蓝字，设为星标，第一时间收到推送
{BODY}
!a ▼ 长按识别下方小程序，加入协会频道
!l 阅读 1862　　在看 47　　赞 93
!l 精选留言：BG7XYZ：支持！今晚守听。
!d 镜像内容仅供离线阅读，如需删除请联系原作者。
""",
        body="""
各位火腿朋友：
汛期将至，业余无线电在应急通信中能发挥独特作用。为做好今年汛期应急通信保障，协会向大家发出如下倡议：
一、请各位爱好者自查电台设备，备足电池，确保在公网中断时能够正常工作。
二、汛期每晚20:00在本地中继台开展点名守听，请大家积极参与，熟悉通联程序。
三、严格遵守无线电管理规定，不得使用未经核准的频率，不得干扰其他业务电台。
四、遇有险情时，请服从县防汛指挥部和协会的统一调度，不擅自行动。
让我们用电波传递平安！
县无线电运动协会
""",
    ),
    dict(
        slug="blog-huadong-teacher-notes-wrapped",
        site="花栋的教书笔记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://huadong.blog.example-host.cn/2025/06/post-318.html",
        title="带毕业班的一点体会",
        record_title="带毕业班的一点体会 - 花栋的教书笔记",
        date="2025-06-21",
        notes="a teacher's blog; post line '发表于'; hard-wrapped at 58; category/tag lines; comments; archive list",
        page="""
!m 花栋的教书笔记
!m 粉笔灰里的日子
{T}
!m 发表于 2025-06-21 22:18 ｜ 分类：教学随想 ｜ 阅读 144
{BODY}
!l 标签：毕业班 / 班主任 / 教育随笔
!l « 上一篇 暴雨天的一堂课　　下一篇 » 假期书单
!l 3 条评论
!l 老周：写得真好，同为班主任，感同身受。
!l 归档：2025年6月 (4)　2025年5月 (6)　2025年4月 (3)
!m Theme by 简墨 · 花栋的教书笔记 © 2025
""",
        wrap=58,
        body="""
送走了这一届的学生，心里空落落的。三年前接手这个班时，全班47人，数学及格的不到一半，今年中考，这个数字变成了41人。
回想起来，最重要的不是题海战术，而是让孩子们相信自己能学好。每周一我都会在黑板角落写一句鼓励的话，有的学生说，这是他们最期待的“周一留言”。
另一个体会是要和家长做朋友。很多家长在外打工，我就每月给他们打一次电话，说说孩子的进步，也说说需要注意的地方。
当然也有遗憾。有两个孩子初二时辍学去打工，我去家访了三次，最终只劝回来一个。这件事一直压在我心里。
新学期又要接新班了，希望自己能做得更好一些。
""",
    ),
    dict(
        slug="blog-lvye-ranger-plan-html",
        site="绿野巡山记 (invented, forest guard's blog)",
        style="博客",
        genre="计划",
        kind="plan",
        form="html",
        source="https://lvye-xunshan.cn/archives/2025-plan.html",
        title="2025年护林站个人工作计划",
        record_title="【随记】2025年护林站个人工作计划 | 绿野巡山记",
        date="2025-01-06",
        notes="a blog template with tag cloud, archive and search box; a ranger station's plan; bracketed post time as the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【随记】2025年护林站个人工作计划 | 绿野巡山记</title></head>
<body>
<header>⟦m 绿野巡山记⟧ <small>⟦m 一个护林员的山中日志⟧</small></header>
<div class="layout"><article>
<h2>{T}</h2>
<p class="postmeta">⟦m [2025-01-06 19:45]　作者：山猫老林　分类：工作札记⟧</p>
{BODY}
<p class="post-tags">⟦l 标签：护林 计划 巡山⟧</p>
<p class="nav">⟦l ← 去年的巡山总结⟧ ⟦l 雪后巡山记 →⟧</p>
<div class="comments">⟦l 发表评论（需登录）⟧</div>
</article>
<aside><div>⟦a 站内搜索 [ 搜索 ]⟧</div><div>⟦l 标签云：护林 山火 野生动物 巡山 读书 摄影⟧</div><div>⟦l 文章归档：2025年1月 2024年12月 2024年11月⟧</div></aside></div>
<footer>⟦m 绿野巡山记 © 2019-2025 · 本站由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
新的一年，结合护林站工作安排，给自己定个计划，也算是对自己的督促。
一、巡山护林。负责的青冈岭片区共3200亩，全年巡山不少于220天，每天巡查轨迹上传“林长通”平台。
二、森林防火。春节、清明期间坚持每日上山，劝阻野外用火；配合站里维护好3处防火检查站。
三、有害生物监测。每月对松林开展一次松材线虫病普查，发现枯死松树及时报告、及时处理。
四、学习提升。年内学完林业有害生物防治课程，争取考取高级护林员证书。
五、家庭生活。每月至少回家两趟，多陪陪父母。
""",
    ),
    dict(
        slug="anthology-shuyuan-retired-engineer-essay",
        site="述园文集 (invented, retired bridge engineer's collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://shuyuan-wenji.net/list/12/0087.html",
        title="在公路桥梁技术人员座谈会上的发言",
        record_title="《述园文集》卷三·第87篇｜在公路桥梁技术人员座谈会上的发言",
        date="2023-11-08",
        notes="a retired engineer's collection; volume/number decoration; date under the title; an 整理入集 line (no date); chapter nav",
        page="""
!m 述园文集　——一个老桥梁人的文字
!m 卷一 论文　卷二 杂记　卷三 讲话　卷四 诗词
!t 《述园文集》卷三·第87篇｜在公路桥梁技术人员座谈会上的发言
{T}
（2023年11月8日）
{BODY}
!m 整理入集：2024年春　录入：外孙小宇
!l 【上一篇】在退休职工联谊会上的讲话　【下一篇】桥梁养护杂谈
!l 【目录】
""",
        indent="　　",
        body="""
各位同行：
很高兴受邀参加今天的座谈会。我在公路桥梁战线工作了三十八年，今天想和年轻同志们聊三点体会。
第一，要敬畏规范。规范里的每一个数字背后都有教训，我年轻时见过因为钢筋保护层不足导致的病害，这件事让我一辈子记得。
第二，要多到现场。图纸上看不出的问题，往往在现场一眼就能发现。希望大家多下工地，多和一线工人交流。
第三，要重视养护。桥梁是“三分建、七分养”，现在不少桥梁进入养护高峰期，检测、加固的担子会越来越重。
最后，祝愿我们的桥梁事业越来越好！
""",
    ),
    dict(
        slug="anthology-cuiwei-village-doctor-chapter-html",
        site="翠微集 (invented, a rural health worker's collection)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://cuiweiji.cn/book/3/ch41.html",
        title="村卫生室2024年基本公共卫生服务工作小结",
        record_title=None,
        date="2024-12-28",
        notes="a collection's chapter page: book nav, chapter list, font and background buttons; no record title; summary with table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>第41篇 村卫生室2024年基本公共卫生服务工作小结 - 翠微集</title></head>
<body>
<div class="bk">⟦m 翠微集⟧ ⟦m 乡村医者手记⟧</div>
<div class="tools">⟦a 字体 ＋ －⟧ ⟦a 背景 米黄 浅绿 夜间⟧ ⟦a 加入书签⟧</div>
<h2>⟦m 第41篇⟧ {T}</h2>
{BODY}
<div class="chap">⟦l ‹ 第40篇 冬夜出诊⟧ ⟦l 目录⟧ ⟦l 第42篇 给新来乡医的信 ›⟧</div>
<div class="ft">⟦m 翠微集 · 作者：秦郎中 · 转载请联系作者⟧</div>
</body></html>
""",
        body="""
2024年，本村卫生室在镇卫生院指导下，完成了全年基本公共卫生服务任务。现将主要指标小结如下：
项目　任务数　完成数
65岁以上老人健康体检　286人　291人
高血压患者规范管理　142人　139人
糖尿病患者规范管理　58人　58人
0—6岁儿童健康管理　77人　77人
全年接诊1860人次，开展健康教育讲座6次。高血压患者有3人外出务工未能随访，明年将通过电话和微信加强随访。
石门村卫生室
2024年12月28日
""",
    ),
    dict(
        slug="forum-diaoyu-pond-reprint-junk",
        site="渔乐天地论坛 (invented, anglers' board)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.yulets.com/thread-552190-1-1.html",
        title="关于黄泥湖水库禁钓区域调整的通告",
        record_title="[转帖] 关于黄泥湖水库禁钓区域调整的通告 - 本地钓讯 - 渔乐天地论坛",
        date="2025-04-01",
        date_also=["2025-04-03"],
        notes="a forum thread reposting a reservoir authority's notice; forum junk glued and on lines; 发表于 post date also accepted",
        page="""
!m 渔乐天地论坛 › 本地钓讯 › 正文
!t [转帖] 关于黄泥湖水库禁钓区域调整的通告
!m 楼主：老杆子　　发表于 2025-4-3 07:51　　只看该作者
!m 查看: 2306　|　回复: 28
{BODY}
!l 本帖最后由 老杆子 于 2025-4-3 08:02 编辑
!l 签名：一杆一线一世界
!l 回复　　支持(12)　　反对(0)　　举报
!l 沙发：谢谢楼主，东湾那边以后不能去了
!a 您需要登录后才可以回帖　登录 | 立即注册
""",
        junk=dict(lines=2, glued=3),
        body="""
为保障饮用水水源安全，根据《饮用水水源保护区污染防治管理规定》，经研究，对黄泥湖水库禁钓区域调整如下：
一、取水口上下游各1000米范围、大坝及溢洪道两侧500米范围为禁钓区，全年禁止垂钓。
二、东湾库汊新划入一级保护区，自2025年4月10日起禁止垂钓。
三、其他水域允许一人一竿一线一钩垂钓，禁止使用船只、夜钓灯诱和电鱼等方式。
违反本通告的，由水库管理所会同有关部门依法处理。举报电话：0736-4851119。
黄泥湖水库管理所
2025年4月1日
""",
    ),
    dict(
        slug="forum-kongzhong-drone-club-html-jammer",
        site="空中视界论坛 (invented, drone hobbyists' Discuz-like forum)",
        style="论坛",
        genre="纪要",
        kind="other",
        form="html",
        source="https://bbs.kzsj.net/forum.php?mod=viewthread&tid=77102",
        title="县航模无人机俱乐部2025年第一次会员代表会议纪要",
        record_title="县航模无人机俱乐部2025年第一次会员代表会议纪要 - 俱乐部事务 - 空中视界论坛",
        date="2025-03-09",
        date_also=["2025-03-10"],
        notes="Discuz-like thread with jammer fonts; minutes with 时间/地点/主持 lines; post date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>县航模无人机俱乐部2025年第一次会员代表会议纪要 - 俱乐部事务 - 空中视界论坛</title></head>
<body>
<div id="hd">⟦m 空中视界论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册账号⟧</a></div>
<div id="pt">⟦m 空中视界 › 俱乐部事务 › 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 飞手阿凯⟧<br>⟦m 积分 2310 · 版主⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 2025-3-10 21:16⟧ ⟦l 只看楼主⟧ ⟦l 倒序浏览⟧</div>
<h1>{T}</h1>
<div class="t_fsz">
{BODY}
</div>
<div class="sign">⟦l 航拍作品集见个人空间⟧</div>
<div class="po">⟦l 回复⟧ ⟦l 引用⟧ ⟦l 评分⟧ ⟦l 收藏 5⟧</div>
</td></tr></table>
<div id="ft">⟦m Powered by Discuz! X3.5 © 2001-2025⟧ ⟦m 空中视界论坛 浙ICP备15011230号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
时间：2025年3月9日上午9:00
地点：县青少年活动中心三楼
主持：俱乐部主任 汪振宇
出席：会员代表26人
会议主要议定以下事项：
一、通过2025年度活动计划，全年组织飞行安全培训4期、航模比赛2场。
二、重申飞行安全纪律。会员飞行前须在“无人机综合管理平台”报备，严禁在机场净空区和人员密集区域飞行。
三、同意成立青少年航模培训组，由周文涛负责，暑期开设公益培训班。
四、会费标准维持每人每年120元不变。
俱乐部秘书处　记录：尤佳
""",
    ),
    dict(
        slug="localforum-xiangshan-bridge-repair-text",
        site="香山生活网 (invented, county life forum)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.xiangshan-life.com/thread-90871-1-1.html",
        title="关于沙河大桥维修期间交通管制的公告",
        record_title="【出行】关于沙河大桥维修期间交通管制的公告（附绕行路线）",
        date="2025-08-11",
        date_also=["2025-08-12"],
        notes="a county life forum reposting a highway office's traffic-control notice; 发布于 post date also accepted; detour table; hot-thread list",
        page="""
!m 香山生活网 - 香山人自己的网上家园
!m 首页 › 香山论坛 › 交通出行
!t 【出行】关于沙河大桥维修期间交通管制的公告（附绕行路线）
!m 楼主：香山小编　｜　发布于 2025-08-12 09:33　｜　浏览 8721
{BODY}
!l 🔥 本版热帖：城南菜市场搬迁后去哪买菜？ ｜ 暑假带娃去哪玩
!l 回复（46）　我来说两句
!w 商家入驻、广告投放请联系：0716-5211800（小香）
!m 香山生活网　鄂ICP备13007781号
""",
        body="""
因沙河大桥主桥伸缩缝更换及桥面铺装维修施工，为确保施工和交通安全，县交通运输局、县公安局交通警察大队决定对沙河大桥实施交通管制。现公告如下：
一、管制时间：2025年8月15日0时至9月30日24时。
二、管制措施：施工期间大桥全封闭，禁止一切车辆和行人通行。
三、绕行路线：
车辆类型　绕行线路
小型客车　经滨江路—沙河二桥通行
货车　经G351国道—沙湾大桥通行
四、请过往车辆和行人服从现场交通指挥，注意安全。
特此公告。
县交通运输局　县公安局交通警察大队
2025年8月11日
""",
    ),
    dict(
        slug="localforum-qiaotou-temple-fair-wrapped",
        site="桥头镇论坛 (invented, township forum)",
        style="地方论坛",
        genre="方案",
        kind="plan",
        form="text",
        source="http://bbs.qiaotouzhen.net/viewthread.php?tid=3312",
        title="2025年桥头镇传统庙会安全保障工作方案",
        record_title=None,
        date=None,
        notes="township forum; no record title; hard-wrapped at 60; 'ⓝ'-style markers absent; relative time '昨天 16:20' no date; signature lines",
        page="""
!m 桥头镇论坛 » 镇务公开
!t 2025年桥头镇传统庙会安全保障工作方案
!m 作者：镇办小刘　昨天 16:20　人气：1204
{BODY}
!l ——————————
!l 个人签名：家在桥头，心在桥头
!l [回复]　[引用]　[举报]
!l 2楼 路过的：今年还有舞龙吗？
!m 桥头镇论坛 2008-2025
""",
        wrap=60,
        body="""
为确保农历三月三传统庙会期间安全有序，结合我镇实际，制定本方案。
一、组织领导。成立庙会安全保障工作领导小组，镇长任组长，分管副镇长任副组长，派出所、市场监管所、卫生院等单位负责人为成员。
二、人员安排。庙会期间每天安排安保人员120名，其中民警20名、辅警30名、志愿者70名，分区域包保。
三、重点措施。实行车辆分流，主街禁止机动车通行；设置临时停车场3处；对临时摊点实行划行归市，严禁使用液化气罐；卫生院设立医疗救护点。
四、应急处置。一旦发生拥挤踩踏、火灾等突发事件，立即启动应急预案，迅速疏散群众。
""",
    ),
    dict(
        slug="gkforum-anjing-police-exam-experience",
        site="岸径公考社区 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.anjinggk.com/t/205561",
        title="公安联考上岸经验：体能测评备考心得",
        record_title="【上岸帖】公安联考上岸经验：体能测评备考心得（附训练计划表）",
        date="2025-05-07",
        notes="an exam forum's experience post; decorated title; 发表于 byline as the date; training table; course ads between paragraphs",
        page="""
!m 岸径公考社区 | 陪你一路上岸
!m 首页 > 公安联考 > 经验交流
!t 【上岸帖】公安联考上岸经验：体能测评备考心得（附训练计划表）
!m 楼主 跑步的小岸　发表于 2025-05-07 20:12　阅读 5120　回复 64
{BODY}
!l 本帖被以下淘专辑推荐：体测干货合集
!a 🎁 关注公众号「岸径公考」，回复“体测”领取训练视频
!l 回复楼主　收藏　点赞 230
""",
        body="""
去年报考公安联考，笔试过线后最担心的就是体能测评。经过两个月训练，最终顺利通过，和大家分享一下经验。
一、了解项目标准。男子项目为10米×4往返跑、1000米跑和纵跳摸高，女子为10米×4往返跑、800米跑和纵跳摸高，需要全部达标。
⟦a 【广告】岸径体测冲刺营开班，报名咨询小岸老师⟧
二、科学安排训练。我的每周计划如下：
星期　训练内容
周一　慢跑3公里＋拉伸
周三　间歇跑400米×6组
周五　往返跑专项＋纵跳练习
周日　1000米测试
三、注意饮食和休息。训练期间少吃油炸食品，保证每天睡眠7小时以上，避免受伤。
最后祝大家都能顺利上岸！
""",
    ),
    dict(
        slug="gkforum-xuanzheng-interview-speech-html",
        site="选政论坛 (invented, selection-exam board)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.xuanzheng.org/bbs/read-66014.html",
        title="在镇机关干部作风建设大会上的表态发言",
        record_title="[面试素材] 在镇机关干部作风建设大会上的表态发言 - 选政论坛",
        date="2024-08-30",
        date_also=["2024-09-02"],
        notes="exam forum HTML; a model speech with date under the title; speaker line neutral; forum post line date also accepted; bounty/credit prompts",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试素材] 在镇机关干部作风建设大会上的表态发言 - 选政论坛</title></head>
<body>
<div class="hd">⟦m 选政论坛⟧ ⟦m 遴选·选调·公选交流平台⟧</div>
<div class="pos">⟦m 选政论坛 » 面试素材区 » 帖子⟧</div>
<div class="post">
<div class="author">⟦m 作者：选调小白菜⟧ ⟦m 2024-09-02 08:40 发表⟧ ⟦m 回帖 17 · 浏览 1930⟧</div>
<h3>{T}</h3>
<p>镇党政办主任　尹思远</p>
<p>（2024年8月30日）</p>
{BODY}
<div class="pay">⟦a 本帖附件需消耗 2 选政币 下载（作风建设发言合集.zip）⟧</div>
<div class="reply">⟦l 回复帖子⟧ ⟦l 快速回复⟧ ⟦a 登录后才可回复⟧</div>
</div>
<div class="ft">⟦d 论坛帖子仅代表作者本人观点，与本站无关。⟧ ⟦m © 选政论坛⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、同志们：
根据会议安排，我代表镇党政办作表态发言。
一是在学上下功夫。带头学习作风建设各项规定，组织办公室人员每周集中学习一次，做到入脑入心。
二是在改上见实效。对照会上指出的文件运转慢、会议多等问题，建立办文办会“限时办结”制度，一般文件1个工作日内流转完毕。
三是在严上作表率。严格执行请销假和值班制度，办公室人员做到不迟到、不早退、不推诿。
我们将以此次大会为新的起点，以优良作风推动各项工作落实落地。
""",
    ),
]
