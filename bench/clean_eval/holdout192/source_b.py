"""holdout192, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text (documents, sites, places, people, numbers, URLs, chrome); see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-linchuan-memoir-mother-oversleeves-html",
        site="檩川拾遗的博客 (invented)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://linchuanshiyi.blog.cnblogs-like.cn/post/2025/0618.html",
        title="母亲的蓝布袖套",
        record_title="【旧物记】母亲的蓝布袖套 | 檩川拾遗的博客",
        date=None,
        notes="blog with tag cloud, archive and comments; a memoir with no date ('2 天前' only); a photo "
        "caption on a line of its own inside the body",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>【旧物记】母亲的蓝布袖套 | 檩川拾遗的博客</title>
<link rel="stylesheet" href="/theme/ink/style.css">
<script>var blogId=88302,postId=5571;</script>
</head>
<body>
<header><div class="blog-name">⟦m 檩川拾遗的博客⟧</div><div class="motto">⟦m 旧物不语，自有光阴⟧</div>
<nav>⟦m 首页　旧物记　乡里杂谈　读书　相册　关于我⟧</nav></header>
<div class="wrap">
<article class="post">
<h2 class="post-title">{T}</h2>
<div class="post-meta">⟦m 分类：旧物记 | 阅读(326) | 评论(3) | 2 天前⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-tags">⟦l 标签：旧物　母亲　供销社　袖套⟧</div>
<div class="post-nav">⟦l « 上一篇：外婆的针线笸箩⟧　⟦l 下一篇：父亲那把铁算盘 »⟧</div>
<div class="post-act">⟦a 推荐(41)　收藏　转载到我的博客⟧</div>
</article>
<section class="comments"><h3>⟦l 评论（3）⟧</h3>
<p>⟦l 江边听雨：看哭了，我妈当年也戴这样的袖套。 2 天前⟧</p>
<p>⟦l 半亩方塘：阴丹士林布，现在很少见了。 昨天⟧</p>
<p>⟦a 发表评论需先登录，还没有账号？点此注册⟧</p></section>
<aside>
<div class="widget">⟦l 标签云：旧物 乡愁 母亲 老街 读书笔记 手艺⟧</div>
<div class="widget">⟦l 文章归档：2025年6月(4) 2025年5月(6) 2025年4月(3)⟧</div>
<div class="widget">⟦m 访问量：21.7万　博文：412篇⟧</div>
</aside>
</div>
<footer>⟦d 本博客文字均为原创，转载请注明出处并保留链接。⟧　⟦m Powered by InkPress　© 檩川拾遗⟧</footer>
<script src="/theme/ink/comment.js"></script>
</body>
</html>
""",
        body="""
母亲在县供销社当了三十年会计，我记忆里她的样子，总少不了一副蓝布袖套。
那袖套是她自己缝的，用的是做衣服剩下的阴丹士林布，两头穿了松紧带，套上去正好从手腕罩到胳膊肘。她说算盘珠子磨袖口，账本上的复写纸又掉色，一件衬衫要穿好几年，袖套比衣服金贵。
⟦m [图] 樟木箱底翻出的三副旧袖套⟧
每到周六晚上，她把一周戴脏的袖套泡在盆里，用肥皂搓两遍，晾在院子的铁丝上。第二天早上收下来，叠得方方正正，放进上班用的布包里。
后来供销社改制，母亲退了休，袖套也不再戴了。去年整理旧物，我在樟木箱底翻出三副，颜色已经洗得发白，松紧带也没了弹性。
我没舍得扔，洗干净收进了自己的抽屉。
""",
    ),
    dict(
        slug="blog-laozheng-floor-drains-wrapped-60",
        site="老郑的水电日志 (invented)",
        style="博客",
        genre="博文",
        kind="other",
        form="text",
        source="http://laozhengshuidian.blog.example-blogs.cn/archives/1307",
        title="装修选地漏，这三种别买",
        record_title="【水电笔记】装修选地漏，这三种别买 – 老郑的水电日志",
        date="2025-03-02",
        notes="hard-wrapped at 60 columns; a bracketed blog post time taken as the page's date; a figure caption "
        "on a line of its own inside the body; the blogger's own business line as a contact prompt",
        page="""
!m 老郑的水电日志
!m 一个老水电工的碎碎念
!t 【水电笔记】装修选地漏，这三种别买
!m [2025-03-02 21:14]　分类：水电笔记　|　阅读 2207　|　评论 18
{BODY}
!w 承接鸥川城区水电改造、地漏更换，电话微信同号 139 0739 6621
!l 标签：地漏　防臭　卫生间装修
!l 上一篇：冷热水管到底该走顶还是走地？
!l 下一篇：洗衣机排水为什么总往外冒
!a 觉得有用就点个赞，转给正在装修的朋友
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
干水电这行十五年，被业主叫回去返工的活里，地漏占了一半。今天说说哪几种地漏我建议别买。
第一种，没有任何防臭结构的直排地漏。便宜是便宜，可只要下水管没有存水弯，臭味和小虫子就会一起上来。
第二种，水封太浅的老式钟罩地漏。水封不到二十毫米，夏天两三天不用就干了，等于没有。
⟦m 〔图1：三种不建议使用的地漏〕⟧
第三种，劣质弹簧翻板地漏。弹簧一年就锈，翻板合不严，还特别容易缠头发。
那该怎么选？下水管有存水弯的，选普通快排地漏就行；没有存水弯的，选深水封或者品质好的磁吸密封地漏。洗衣机位要单独配带接口的地漏，别把排水管直接插进去。
最后提醒一句，地漏周边的坡度比地漏本身更重要，坡找不好，什么地漏都会积水。
""",
    ),
    dict(
        slug="wechat-ouchuan-tcm-lanyard-hygiene-html",
        site="公号搬运站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.gonghaobanyun.com/a/ouchuanzyy/20250512/3e7f0a.html",
        title="工牌挂绳多久洗一次？院感科提醒您",
        record_title="工牌挂绳多久洗一次？院感科提醒您 | 公号搬运站",
        date="2025-05-12",
        notes="WeChat mirror: account line with the date, follow prompt glued after a sentence, 查看原文/在看/赞赏 "
        "rows, a mirror notice; a numbered list in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<title>工牌挂绳多久洗一次？院感科提醒您 | 公号搬运站</title>
<script>var msg_source_url='',biz='MzI3NDk1OTQ2Mw==';</script>
</head>
<body>
<div class="mirror-top">⟦m 公号搬运站 · 好文章不该只在手机里⟧　⟦a 搜索公众号 / 文章⟧</div>
<div id="js_article" class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="rich_media_meta_list">⟦m 院感科 鸥川县中医院 2025-05-12 08:30 湖南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 查看公众号原文⟧　⟦m 阅读 3,516⟧　⟦a 赞 62　分享　在看 19⟧</div>
<div class="reward">⟦a 喜欢作者？点这里赞赏⟧</div>
</div>
<div class="mirror-more"><h4>⟦l 该公众号更多文章⟧</h4>
<p>⟦l 夏季中暑急救，记住这四步⟧</p><p>⟦l 三伏贴预约开始了⟧</p></div>
<div class="mirror-foot">⟦d 本页内容转载自微信公众号，版权归原作者所有，如需删除请联系 del@gonghaobanyun.com⟧</div>
<script src="/static/js/mirror.js"></script>
</body>
</html>
""",
        p_html='<section style="margin:8px 0"><p style="font-size:15px;line-height:1.75">{}</p></section>',
        body="""
在医院里，几乎每位医护人员胸前都挂着工牌。可您知道吗？这根每天贴身佩戴的挂绳，可能是科室里最少被清洁的物品之一。
今年4月，我院院感科对三个病区的工牌和挂绳进行了采样检测，共采集样本60份，挂绳样本的细菌菌落数明显高于工牌卡面，部分挂绳还检出了金黄色葡萄球菌。⟦a 点击上方蓝字关注我们，获取更多健康知识⟧
为此，院感科提出以下建议：
1.挂绳每周至少清洗一次，沾染血液、体液后立即更换；
2.工牌卡面每日用75%酒精擦拭；
3.进行查体、换药等操作前，将工牌别在胸前口袋处，避免垂落接触患者；
4.优先使用可快速断开的安全挂绳，防止被躁动患者拉扯。
小小工牌，关系着医患双方的安全。请大家从今天做起，给挂绳“洗个澡”。
""",
    ),
    dict(
        slug="wechat-yuanhu-initiative-shared-ponchos-text",
        site="镜像阅读 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://jingxiangyuedu.net/s/yuanhusq/2025-06-20/9c41d2",
        title="关于在小区设立共享雨披点的倡议书",
        record_title="【倡议】关于在小区设立共享雨披点的倡议书 - 鸳湖社区 | 镜像阅读",
        date="2025-06-18",
        date_also=["2025-06-20"],
        notes="account date differs from the signature date (the document's date expected, the other also "
        "accepted); a share prompt glued after a sentence; 原文链接/在看 row and a mirror notice",
        page="""
!m 镜像阅读 | 公众号文章在线看
!t 【倡议】关于在小区设立共享雨披点的倡议书
!m 鸳湖社区发布　2025-06-20 07:45　发表于湖南
{BODY}
!a 原文链接　　在看 27　　赞 45
!l 往期回顾｜鸳湖社区夏季纳凉点开放啦　｜　楼道杂物清理倒计时
!d 本页由镜像阅读自动抓取生成，内容以公众号原文为准。
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
夏季雷阵雨多，常有居民下班、接孩子时被雨堵在路口，也有老人为了赶回家冒雨快走摔了跤。为方便大家雨天出行，社区居委会联合业委会、物业公司，倡议在小区设立共享雨披点。
一、社区在东门、南门和菜场入口各设一个雨披架，首批投放雨披120件，此后由居民自愿捐赠的闲置雨披补充。
二、雨披随取随用，用后请晾干归还至任意一个雨披架，不记名、不收押金。⟦a 转发给邻居，让更多人知道⟧
三、欢迎有闲置雨披的家庭送到社区服务站，我们将清洗消毒后统一投放。
四、倡议党员、楼栋长带头做好宣传，发现破损雨披及时告知物业维修更换。
一件雨披，一份信任。让我们共同爱护，让它在下一个雨天帮到更多邻居。
鸾江县鸾坪镇鸳湖社区居民委员会
2025年6月18日
""",
    ),
    dict(
        slug="docshare-wenxiang-summary-cleanroom-shoe-covers-pdf",
        site="文享网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.wenxiangwang.com/view/8f3a61c0.html",
        title="2025年上半年洁净区鞋套使用管理工作总结",
        record_title="2025年上半年洁净区鞋套使用管理工作总结.pdf",
        date="2025-07-04",
        notes="document-sharing viewer: file-name record title, page count and upload stamp (no date), upload "
        "notice, download button; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>2025年上半年洁净区鞋套使用管理工作总结.pdf - 文享网</title>
<script src="//cdn.wenxiangwang.com/js/viewer.3.2.js"></script>
</head>
<body>
<div class="top">⟦m 文享网 · 分享有价值的文档⟧<span>⟦a 上传文档赚收益　登录⟧</span></div>
<div class="path">⟦m 文享网 &gt; 医药卫生 &gt; 医院管理⟧</div>
<div class="docinfo">
<h1>⟦t 2025年上半年洁净区鞋套使用管理工作总结.pdf⟧</h1>
<p>⟦m 页数：3　大小：186KB　格式：PDF　上传时间：2025-07-09 14:22　下载次数：37⟧</p>
<p>⟦d 温馨提示：本文档由网友“shoushubu_2”上传分享，文享网不对其内容负责，仅供学习参考。⟧</p>
</div>
<div class="viewer">
{BODY}
</div>
<div class="viewer-end">⟦a 已浏览全部3页　｜　下载原文件（需12积分）　｜　加入文件夹⟧</div>
<div class="rec"><h3>⟦l 猜你还想看⟧</h3>
<p>⟦l 手术室感染控制管理制度.doc⟧</p><p>⟦l 医疗废物分类收集流程图.pdf⟧</p></div>
<div class="foot">⟦m 文享网 wenxiangwang.com　客服邮箱 help@wenxiangwang.com　京ICP备19052117号⟧</div>
</body>
</html>
""",
        p_html='<div class="pg-line">{}</div>',
        body="""
今年上半年，手术部在医院院感科指导下，围绕洁净区鞋套和拖鞋管理开展了一系列工作，现总结如下。
一、落实分区管理。手术部入口设置换鞋区，工作人员一律更换专用拖鞋；外来参观、设备维修人员穿戴一次性鞋套后进入，上半年共登记外来人员412人次。
二、以鞋套机替代手工穿戴。3月起在缓冲间安装自动鞋套机2台，减少弯腰穿戴造成的手部污染，鞋套损耗率由18%降至6%。
三、规范废弃鞋套处置。使用后的鞋套投入专用感染性废物桶，由保洁员每日两次收集，交医疗废物暂存点统一处置。
四、存在问题。部分维修人员离开洁净区时未及时脱下鞋套，个别时段鞋套机缺料。下半年将增加巡查频次，指定专人每日补料。
鸥川县人民医院手术部
2025年7月4日
""",
    ),
    dict(
        slug="docshare-daoge-rule-office-supplies-articles",
        site="道格文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.daogedoc.com/d/20250611/44102.html",
        title="机关办公用品领用管理制度",
        record_title="机关办公用品领用管理制度（可编辑）- 道格文档",
        date=None,
        notes="a rule of 第N条 articles, one of which speaks of 打印 as content; effective clause only (no date); "
        "upload notice at the top, download prompt and a page counter at the bottom",
        page="""
!m 道格文档　>　行政管理　>　制度范本
!d 【提示】本文档由用户“xiaoyu1988”上传，仅供参考，如有侵权请联系删除。
{T}
!m 第1页 / 共1页　　　　阅读 1533　　　　收藏 64
{BODY}
!a 下载完整可编辑版（DOCX）　　￥2.00
!l 相关范本：办公用品采购管理办法 ｜ 行政部物资出入库制度 ｜ 节约型机关建设实施方案
!m © 道格文档 daogedoc.com
""",
        body="""
第一条 为规范机关办公用品管理，厉行节约，制定本制度。
第二条 办公用品由办公室统一采购、统一保管、按需发放。
第三条 各科室每月25日前填报下月领用计划，经科室负责人签字后报办公室汇总。
第四条 长尾夹、回形针、文件夹等可重复使用的用品，在文件归档或办结后应回收再用，不得随文件一并丢弃。
第五条 打印纸、硒鼓实行定额管理，提倡双面打印，非正式文稿一律使用再生纸。
第六条 办公室每季度对用品领用情况进行统计，并在机关内部公布。
第七条 本制度自印发之日起施行。
""",
    ),
    dict(
        slug="edu-linchuan-notice-exam-paper-sealing-html",
        site="檩川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.linchuan.gov.cn/tzgg/202505/t20250520_6620.html",
        title="关于规范期末考试试卷装订和封装用品使用的通知",
        record_title="关于规范期末考试试卷装订和封装用品使用的通知_檩川县教育局",
        date="2025-05-19",
        date_also=["2025-05-20"],
        notes="education portal with 关怀版/无障碍 links; 发布日期 differs from the 成文日期; the exam centre's own "
        "contact next to the site's technical line; an 附件 list of two lines and an 印发 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范期末考试试卷装订和封装用品使用的通知_檩川县教育局</title>
<script src="/js/jquery-1.12.4.min.js"></script>
<script>$(function(){$('.gh').click(function(){});});</script>
</head>
<body>
<div class="top">⟦a 关怀版 | 无障碍 | 手机版⟧　⟦a 用户登录 ｜ 新用户注册⟧</div>
<div class="logo">⟦m 檩川县教育局 · 檩川教育信息网⟧</div>
<div class="nav">⟦m 首页　机构概况　通知公告　教育动态　招生考试　政务公开⟧</div>
<div class="weizhi">⟦m 当前位置：首页 » 通知公告⟧</div>
<div class="con">
<h1>{T}</h1>
<div class="xx">⟦m 发布日期：2025-05-20　发布者：考试中心　点击数：1024⟧</div>
<div class="zw">
{BODY}
</div>
<div class="gj">⟦a 【打印此页】【关闭窗口】【返回顶部】⟧</div>
</div>
<div class="sx"><p>⟦l 上一条：檩川县2025年中小学暑假安全工作提示⟧</p><p>⟦l 下一条：关于做好2025年秋季学期教材征订工作的通知⟧</p></div>
<div class="foot">⟦m 主办：檩川县教育局　技术支持：0736-4120000　地址：檩川县椽溪路18号⟧<br>⟦m 湘ICP备11002384号-2⟧</div>
<script src="/js/count.js"></script>
</body>
</html>
""",
        body="""
各中小学校，局属各单位：
为进一步规范全县中小学期末考试试卷保管和流转工作，防止试卷散落、错装，现就试卷装订和封装用品使用有关事项通知如下。
一、试卷分装时一律使用统一印制的试卷袋和密封条，不得用长尾夹、订书钉代替密封条封口。
二、答题卡不得折叠、装订或用长尾夹夹取，以免影响扫描识别；试卷袋内的答题卡按座位号顺序排列。
三、各考点须于考前一天到县教育考试中心领取试卷袋、密封条，并填写《考务用品领取登记表》。
四、考试结束后，试卷袋须由两名监考员当场密封签字，送考务办公室交接。
联系人：县教育考试中心韦晓岚，电话：0736-4120785。
附件：1.考务用品领取登记表
2.试卷袋交接清单
檩川县教育局
2025年5月19日
檩川县教育局办公室　　2025年5月19日印发
""",
    ),
    dict(
        slug="edu-mengshan-school-badges-receipt-blanks",
        site="甍山县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.mengshanedu.cn/xxdt/czxzx/2025/0901/2217.html",
        title="椽溪镇中心小学关于统一佩戴学生胸卡的通知",
        record_title="【校园通知】椽溪镇中心小学关于统一佩戴学生胸卡的通知 - 甍山县教育信息网",
        date="2025-09-01",
        notes="a school's notice on a county education site: a 回执 with ＿＿年＿＿月＿＿日 blanks before the real "
        "signature date; numbered list; site's help line and a 'print this receipt' button",
        page="""
!m 甍山县教育信息网　　学校动态 > 椽溪镇中心小学
{T}
!m 作者：政教处　　来源：椽溪镇中心小学　　更新时间：2025-09-02 10:05　　点击：388
!a 【打印回执】　【字号：大 中 小】
{BODY}
!l 上一篇：椽溪镇中心小学2025年秋季开学告家长书
!l 下一篇：关于开展新生入学体检的通知
!m 网站维护：甍山县教育技术装备站　电话：0736-5301122
""",
        body="""
各位家长：
为加强校园安全管理，方便老师和门卫识别学生身份，学校决定自9月8日起，全体学生在校期间统一佩戴学生胸卡。现将有关事项通知如下：
1.胸卡由学校统一制作，免费发放，卡面印有学生姓名、班级和照片。
2.胸卡挂绳采用受力自动断开的安全扣，请家长不要自行换成普通绳子。
3.体育课、课间活动时，胸卡可别在校服口袋上，避免甩动伤人。
4.胸卡丢失的，请及时告知班主任补办。
请家长填写下方回执，于9月5日前交班主任。
回执
学生姓名：＿＿＿＿　班级：＿＿＿＿
我已知晓学校佩戴胸卡的要求，并将督促孩子遵守。
家长签名：＿＿＿＿　＿＿年＿＿月＿＿日
椽溪镇中心小学
2025年9月1日
""",
    ),
    dict(
        slug="oa-sunkou-minutes-antistatic-oversleeves-html",
        site="隼口精密电子有限公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.sunkou-pe.local/seeyon/collaboration/view.do?affairId=7712049",
        title="关于防静电袖套更换事宜的专题会议纪要",
        record_title="【OA·会议纪要】关于防静电袖套更换事宜的专题会议纪要",
        date="2025-04-09",
        notes="intranet document view: 流转记录 approval trail and read counts; the minutes' 时间/地点/主持/参会/记录 "
        "lines stay in the body; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>协同办公平台 - 公文查看</title>
<script>var affairId='7712049',readonly=true;</script>
<script src="/seeyon/common/js/ui.js"></script>
</head>
<body>
<div class="oa-head">⟦m 隼口精密电子有限公司 协同办公平台⟧　⟦m 当前用户：质量部 唐思远⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　知识文档　通讯录⟧</div>
<div class="oa-crumb">⟦m 公文管理 / 会议纪要 / 查看⟧</div>
<div class="oa-doc">
<div class="oa-title">{T}</div>
<div class="oa-props">⟦m 发文部门：行政部　密级：内部　紧急程度：普通⟧</div>
<div class="oa-body">
{BODY}
</div>
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 行政部 何小满　起草　04-10 09:12⟧</p>
<p>⟦m 生产副总 邹立新　审核通过　04-10 14:30⟧</p>
<p>⟦m 总经理办公室　签发　04-11 08:55⟧</p></div>
<div class="oa-read">⟦m 已阅 86 人　未阅 12 人⟧　⟦a 催办　转发　导出PDF　打印⟧</div>
<div class="oa-foot">⟦d 内部资料，严禁外传。⟧　⟦m IT服务台 分机 8008⟧</div>
</body>
</html>
""",
        body="""
时间：2025年4月9日下午3:00
地点：行政楼三楼第二会议室
主持：生产副总经理邹立新
参会：生产部、品质部、采购部、行政部负责人及SMT车间主任
记录：行政部何小满
会议听取了品质部关于3月静电防护抽查情况的汇报。抽查发现，SMT车间部分员工佩戴的防静电袖套表面电阻超标，个别袖套已使用一年以上。经讨论，会议议定如下事项：
一、防静电袖套由“破损才换”调整为每半年统一更换一次，由采购部于4月底前完成首批采购。
二、品质部每月对在用袖套抽测表面电阻，不合格的立即停用。
三、行政部将袖套清洗纳入工服统一洗涤，每周一次，不得使用柔顺剂。
四、各车间主任负责督促员工进入静电防护区前检查袖套佩戴情况。
""",
    ),
    dict(
        slug="oa-fuwan-request-shoe-cover-dispensers-text",
        site="凫湾检测科技内网 (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="text",
        source="http://intra.fuwan-testing.local/oa/doc/2025/0812-031",
        title="关于为检测中心洁净实验室配置自动鞋套机的请示",
        record_title="OA办公平台｜关于为检测中心洁净实验室配置自动鞋套机的请示",
        date="2025-08-12",
        notes="intranet text export: 文号 line neutral; approval trail and read status as chrome; 附件 line and "
        "成文日期 in the body",
        page="""
!m 凫湾检测科技有限公司 · OA办公平台
!m 公文 › 收文办理 › 待阅
{T}
凫检技请〔2025〕9号
!m 拟稿：检测中心 钱雨桐　　核稿：综合部 马一鸣　　状态：已签批
{BODY}
!m 审批意见：同意，从设备维护费中列支。——总经理 沈卫国 2025-08-14 16:20
!m 阅读状态：已读 7 / 未读 2
!a 【导出】【打印】【转发】【归档】
!d 本平台内容仅限公司内部使用
""",
        body="""
公司领导：
检测中心洁净实验室自去年投用以来，进出人员一直手工穿戴一次性鞋套。由于实验室门口空间狭窄，员工需要弯腰单脚穿戴，既不方便，也容易污染手套，月均鞋套消耗约4500只。
为改善作业条件、减少耗材浪费，检测中心拟在实验室缓冲间配置自动鞋套机2台。经询价，每台含首批耗材约2800元，合计5600元，拟从部门年度设备维护费中列支。
配置后，预计鞋套消耗可减少三成以上。
妥否，请批示。
附件：自动鞋套机询价单（三家）
检测中心
2025年8月12日
""",
    ),
]
