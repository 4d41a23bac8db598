"""holdout205, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Written by hand; every
site, place, person, firm, number and URL is invented. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-youzima-lunchbox-tips-wordpress",
        site="柚子妈的灶台边 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://youzima-zaotai.com/2024/03/09/bianhe-keng/",
        title="给孩子选便当盒，我踩过的三个坑",
        record_title="给孩子选便当盒，我踩过的三个坑 - 生活杂记 - 柚子妈的灶台边",
        date="2024-03-09",
        notes="blog: bracketed post time is the page's date; calendar widget, tag cloud, archive, comment form; an image placeholder between paragraphs, a tip-jar line glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>给孩子选便当盒，我踩过的三个坑 - 生活杂记 - 柚子妈的灶台边</title>
<link rel="stylesheet" href="/wp-content/themes/kitchen-lite/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header class="site-header">
<p class="site-title"><a href="/">⟦m 柚子妈的灶台边⟧</a></p>
<p class="site-description">⟦m 一日三餐，慢慢来⟧</p>
<nav>⟦m 首页⟧ ⟦m 生活杂记⟧ ⟦m 便当日记⟧ ⟦m 关于我⟧</nav>
</header>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 柚子妈 发表于 2024-03-09 21:17 · 分类：生活杂记 · 阅读 2,146⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 标签：便当 / 初中生午餐 / 厨房好物⟧</div>
<div class="post-nav"><span>⟦l « 周一到周五的便当菜单（第二周）⟧</span> <span>⟦l 不锈钢饭盒怎么去茶渍？ »⟧</span></div>
</article>
<section id="comments">
<h3>⟦l 9 条评论⟧</h3>
<div class="comment">⟦l 小满妈妈：第三条太对了，我也买过六格的，最后只用两格⟧</div>
<div class="comment">⟦l 阿杏：求密封圈那款的链接！⟧</div>
<form id="commentform">⟦a 发表评论（邮箱不会被公开）⟧ <button>⟦a 提交评论⟧</button></form>
</section>
<aside class="widget-area">
<div class="widget">⟦l 2024年三月 日历 一 二 三 四 五 六 日⟧</div>
<div class="widget"><h4>⟦l 标签云⟧</h4>⟦l 便当 早餐 烘焙 收纳 孩子 腌菜⟧</div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年三月 (6)⟧</li><li>⟦l 2024年二月 (4)⟧</li></ul></div>
</aside>
<footer class="site-footer">⟦d 本站文字与图片均为柚子妈原创，转载请留言告知并注明出处。⟧ ⟦m 由 WordPress 驱动 · 主题 Kitchen Lite⟧</footer>
</body>
</html>
""",
        body="""
孩子上初中后要在学校吃午饭，食堂排队太久，我就给她准备了便当。半年里换了四个便当盒，踩过不少坑，写下来给同样在挑盒子的家长参考。
第一个坑：只看颜值。第一个买的是卡通塑料盒，好看是好看，可盖子扣不严，汤汁洒了一书包。后来我只买带硅胶密封圈、四边锁扣的。
⟦m [图片：四个用过的便当盒排成一排]⟧
第二个坑：不看材质标识。有的盒子底部什么也没印，我现在认准印有“食品接触用”字样、写明耐热温度的；要进学校微波炉加热的，还得选标着可微波的。
第三个坑：格子越多越好。分格太多，每格只能放一口菜，反而不好装。两到三格最实用，主食一格，菜一格，水果另用小盒。⟦a ☕ 觉得有用，打赏柚子妈一杯豆浆⟧
最后说一句，便当盒再好，也要每天洗净晾干，密封圈隔几天拆下来刷一刷，不然容易发霉。
""",
    ),
    dict(
        slug="blog-heibanbao-laminator-classroom-oneline",
        site="江老师的黑板报 (invented, blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://heibanbao.blog.lanyuan-blogs.cn/post/2217",
        title="教室里那台塑封机",
        record_title="【讲台边】教室里那台塑封机 | 江老师的黑板报",
        date=None,
        notes="blog essay on one line (paragraphs only by their indent); the post stamp is relative (3 天前): no date",
        page="""
!m 江老师的黑板报 —— 一个乡村语文老师的碎碎念
!m 首页 | 讲台边 | 读书笔记 | 留言板
!t 【讲台边】教室里那台塑封机
!m 发布于 3 天前 · 阅读 388 · 评论 5
{BODY}
!l 上一篇：期中考后的一堂作文课
!l 下一篇：给毕业班孩子的一封信
!l 评论（5）　桷溪老周：我们学校那台也一直吃灰，回去就拿出来用
!a 登录后可发表评论
!d 本博客文字未经允许请勿转载
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
办公室角落有一台塑封机，是前年学校统一配的，放在那里大半年没人用。后来我发现，它成了我们班最受欢迎的“同学”。
孩子们的书法作品、手抄报，我都拿去塑封，贴在教室后墙上，一个学期下来也不卷边、不发黄。班里有个不爱说话的男孩，他画的楹江大桥被塑封上墙后，每天早上都要去看一眼。
塑封机也教会了孩子们耐心。开机要预热三分钟，指示灯变绿才能放膜，急不得；膜要对齐了送进去，歪了就会起皱。我让班干部轮流当“塑封员”，谁都想试一试。
现在它还在办公室角落，只是插头上多了一张小纸条：用完请拔电源。那是孩子们写的。
""",
    ),
    dict(
        slug="wechat-weiyueku-induction-myths-missing-h1",
        site="微阅库 (invented, WeChat article mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.weiyueku.net/a/juexi119/20241108/9d3f21.html",
        title="用电磁炉，这五个误区你中了几个？",
        record_title=None,
        date="2024-11-08",
        notes="mirror of a fire brigade's account: no record title, the <h1> holds it; account line is the page's date; a follow prompt glued before the first words; 阅读原文/在看/赞赏 rows and the mirror's note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>微阅库 - 公众号文章存档</title>
<meta name="viewport" content="width=device-width">
<script src="https://www.weiyueku.net/static/m.js"></script>
</head>
<body>
<div class="mirror-top">⟦m 微阅库 · 公众号文章存档⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创⟧ ⟦m 桷溪消防⟧ ⟦m 2024-11-08 18:30⟧ ⟦m 湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧ ⟦a 赞赏作者⟧ ⟦l 在看 57⟧ ⟦l 点赞 213⟧</div>
<div class="qr">⟦a 长按识别二维码，关注桷溪消防⟧</div>
</div>
<div class="mirror-more"><h4>⟦l 该公众号其他文章⟧</h4>
<p>⟦l 冬季取暖器使用安全提示⟧</p>
<p>⟦l 出租屋电动车充电，这些红线别碰⟧</p>
</div>
<div class="mirror-foot">⟦d 本页由微阅库自动存档，版权归原公众号所有，如需删除请联系 del@weiyueku.net⟧</div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“桷溪消防”关注我们⟧天气转凉，不少家庭又把电磁炉搬上了餐桌。电磁炉没有明火，但用错了同样会出事。下面这五个误区，看看你家有没有。
误区一：什么锅都能用。电磁炉只能配铁质或不锈钢平底锅，陶瓷锅、玻璃锅放上去不加热，有人一走开还会把锅烧干。
误区二：和插线板“挤一挤”。电磁炉功率大多在两千瓦左右，和电水壶、取暖器共用一个插线板，容易让插线板过热起火。
误区三：紧贴墙壁摆放。电磁炉底部和侧面都有散热口，四周要留出至少十厘米的空隙。
误区四：用完马上拔插头。风扇还在转的时候就断电，机器里的热量散不出去，会缩短使用寿命，等风扇停了再拔。
误区五：湿手擦洗面板。清洁前先断电，用拧干的抹布擦拭，不要用水直接冲。
""",
    ),
    dict(
        slug="wechat-huhu-pledge-old-washers-text",
        site="庑湖生活 (invented, WeChat account as mirrored text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.huhushenghuo.cn/s/Qm7pXc2Lw0",
        title="关于规范处置旧洗衣机的倡议书",
        record_title="关于规范处置旧洗衣机的倡议书 | 庑湖生活（公众号镜像）",
        date="2024-04-12",
        date_also=["2024-04-15"],
        notes="account date and the pledge's signature date differ; a star prompt before the salutation; a 'read also' line between paragraphs; the community's own phone in a sentence",
        page="""
!m 庑湖生活
!m 庑湖区槅桥街道官方账号
{T}
!m 庑湖生活　2024年04月15日 07:58　湖南
{BODY}
!a 戳“阅读原文”查看回收站预约方式
!l 分享　收藏　在看 33　赞 96
!m 微信号：huhu_shenghuo
!d 镜像说明：本文由第三方镜像抓取，仅供检索，内容以原公众号为准。
""",
        body="""
⟦a ⭐ 把庑湖生活设为星标，第一时间收到推送⟧各位居民朋友：
家电更新换代快，不少家庭换下的旧洗衣机被随意堆在楼道、车棚，既占用消防通道，又容易被私拆乱倒，污染环境。为此，我们向全体居民发出如下倡议：
一、旧洗衣机不乱堆。换下的旧机请及时处理，不在楼道、车棚和绿化带存放。
二、回收找正规渠道。可预约区再生资源回收站上门回收，也可通过商场“以旧换新”交售，不卖给流动拆解摊贩。
⟦l 往期推荐：槅桥街道再生资源回收站开放时间调整⟧
三、邻里互相提个醒。发现楼道堆放旧家电，请告诉楼栋长，或拨打社区电话0736-6620318，我们协助清运。
家园整洁靠大家，让我们从处理好一台旧洗衣机做起。
庑湖区槅桥街道堞南社区居民委员会
2024年4月12日
""",
    ),
    dict(
        slug="docshare-gongxiangku-plan-workshop-fans-table",
        site="共享库文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.gongxiangku.com/doc/7720913.html",
        title="包装车间夏季防暑降温风扇安装方案",
        record_title="（Word版可直接改）包装车间夏季防暑降温风扇安装方案 - 共享库文档",
        date="2024-05-27",
        notes="sharing page: upload notice, points lock, service WeChat beside the plan's own 联系人/电话; installation table one row a paragraph",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>（Word版可直接改）包装车间夏季防暑降温风扇安装方案 - 共享库文档</title>
<link rel="stylesheet" href="/static/doc.css">
</head>
<body>
<div class="head">⟦m 共享库文档⟧ ⟦m 分享知识 共享价值⟧ <a href="/upload">⟦a 我要上传⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="bread">⟦m 共享库 &gt; 企业管理 &gt; 安全生产 &gt; 正文⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="info">⟦m 分享者：澄明设备科小郑　大小：28KB　格式：DOCX　更新于 2 个月前⟧</div>
<div class="notice">⟦d 温馨提示：本文档由用户自行分享，共享库仅提供信息存储空间，内容如有不妥请点击页面右侧申诉。⟧</div>
<div class="content">
{BODY}
</div>
<div class="lock">⟦a 全文下载需消耗12积分，签到可领积分⟧</div>
<div class="dl"><a class="btn">⟦a 下载Word源文件⟧</a> <a class="btn2">⟦a 存进我的网盘⟧</a></div>
</div>
<div class="side"><h4>⟦l 同类文档⟧</h4>
<p>⟦l 高温季节车间防暑降温管理制度⟧</p>
<p>⟦l 工业风扇采购验收记录表⟧</p>
</div>
<div class="kefu">⟦w 文档问题请加客服微信：gxk_service07⟧</div>
<div class="foot">⟦m 共享库文档 gongxiangku.com　浙ICP备19078223号-2⟧</div>
</body>
</html>
""",
        body="""
为做好包装车间夏季防暑降温工作，改善一线员工作业环境，设备科结合车间实际，制定本方案。
一、安装计划
区域　风扇类型　数量　完成时间
一号包装线　壁挂式工业风扇　6台　6月5日
二号包装线　落地式工业风扇　4台　6月8日
成品仓库　吊扇　8台　6月12日
二、安全要求
风扇电源线须走线槽，不得拖地；壁挂风扇安装高度不低于2.5米，支架用膨胀螺栓固定；落地扇放在通道以外，防止绊倒和碰撞。
三、维护保养
各班组每周清理一次扇叶和防护网上的粉尘，发现异响、摇头失灵立即停用报修。
联系人：设备科　郑一鸣　电话：0736-6218840
枋城澄明塑业有限公司设备科
2024年5月27日
""",
    ),
    dict(
        slug="docshare-wenjian-rules-laminator-articles-markers",
        site="文件夹分享网 (invented)",
        style="文档分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://wjjfx.cn/s/2b81f7c0.html",
        title="文印室塑封机安全操作规程",
        record_title="文印室塑封机安全操作规程.pdf",
        date=None,
        notes="file-name record title; 第N条 articles that speak of 打印; markers ⌺ n ⌺ cut paragraphs, some glued to the continuation with a space; no date (effective on publication)",
        page="""
!m 文件夹分享网　|　资料互助平台
!t 文印室塑封机安全操作规程.pdf
!m 分享人：wjj_87213　文件类型：PDF　下载次数：41　更新：昨天
!d 本文件由网友分享，仅供学习参考，不得用于商业用途。
!a 在线预览（共2页）　|　保存到我的文件夹
{BODY}
!a 积分不足？完成每日任务即可免费下载
!l 猜你需要：复印机使用管理规定　办公设备维护保养制度　碎纸机操作注意事项
!m 客服邮箱：help@wjjfx.cn
""",
        pages=dict(fmt="⌺ {n} ⌺", every=85, start=2, glue="mix", sep=" "),
        body="""
第一条　为规范塑封机使用，防止烫伤和设备损坏，结合本室实际，制定本规程。
第二条　塑封机由文印室专人管理，其他人员经培训后方可操作。
第三条　开机后须预热至指示灯转绿，方可放入塑封膜。膜的封口一端朝前，对准进料口平推，不得斜放。
第四条　需要塑封的文件应先打印完毕并晾干墨迹，不得夹带回形针、订书钉等金属物。
第五条　卡膜时应立即按退膜键，关机断电，待胶辊冷却后再取出，严禁用手直接拉扯。
第六条　每日下班前关闭电源，用软布清理胶辊残胶，并在使用登记本上签字。
第七条　本规程自发布之日起施行，由办公室负责解释。
""",
    ),
    dict(
        slug="edu-juexi-notice-lunchbox-heating-attachment",
        site="桷溪教育网 (invented, county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.juexi.gov.cn/tzgg/2024/0911/20178.html",
        title="关于规范学生自带便当盒午餐加热管理的通知",
        record_title="关于规范学生自带便当盒午餐加热管理的通知-通知公告-桷溪教育网",
        date="2024-09-10",
        date_also=["2024-09-11"],
        notes="education bureau: 长者模式/读屏 links, an attachment download link beside the notice's own 附件 list, technical line beside its 联系人/电话; a sentence asking parents to scan a QR code; page date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范学生自带便当盒午餐加热管理的通知-通知公告-桷溪教育网</title>
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="tb">⟦a 长者模式 | 读屏 | 繁體⟧　⟦m 今天是：星期三⟧</div>
<div class="banner">⟦m 桷溪教育网⟧ ⟦m 桷溪县教育局主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 通知公告⟧ ⟦m 政策文件⟧ ⟦m 招生考试⟧</div>
<div class="loc">⟦m 您的位置：首页 / 通知公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<p class="sub">⟦m 发布日期：2024-09-11　发布单位：体卫艺股　点击：903⟧</p>
<div class="body">
{BODY}
</div>
<p class="att"><a href="/u/2024/0911/fj1.docx">⟦a 附件下载：便当加热点设置要求.docx⟧</a></p>
<p class="att"><a href="/u/2024/0911/fj2.xlsx">⟦a 附件下载：学生便当加热需求登记表.xlsx⟧</a></p>
<p class="btns">⟦a 【打印正文】【关闭】⟧</p>
</div>
<div class="foot">
<p>⟦m 版权所有：桷溪县教育局　技术支持电话：0736-8850099⟧</p>
<p>⟦m 湘ICP备12006743号　湘公网安备43122502000057号⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
新学期以来，部分学校学生自带便当盒午餐的人数增加，加热排队、餐盒混放等问题较为突出。为保障学生饮食安全，现就有关事项通知如下。
一、各校要在教学楼或食堂设置便当加热点，按每40名学生不少于1台的标准配备蒸饭柜或微波炉，并安排专人值守。
二、学生便当盒须贴好班级姓名标签，不得使用无标识塑料盒加热。学校要引导家长扫描附件2中的二维码，填写加热需求登记表。
三、加热点每天午餐后清洁消毒并做好记录，县教育局将结合秋季开学检查进行抽查。
联系人：县教育局体卫艺股　焦文洁　电话：0736-8852316
附件：1.便当加热点设置要求
2.学生便当加热需求登记表
桷溪县教育局
2024年9月10日
""",
    ),
    dict(
        slug="edu-meiyang-summary-classroom-fans-record-title",
        site="楣阳县教育信息网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.myjyxx.cn/gzzj/202407/t20240709_6630.html",
        title="楣阳县教育局2024年中小学教室降温设施安装工作总结",
        date="2024-07-08",
        notes="record title as is; a table one row a paragraph; a 'scan to read on phone' line glued before a heading; signature date",
        page="""
!m 楣阳县教育信息网
!m 网站首页 ＞ 工作总结
{T}
!m 来源：计划财务股　　2024-07-09　　【大 中 小】
{BODY}
!a 【打印】　【收藏】　【纠错】
!l 相关链接：楣阳县中小学校舍安全年度排查报告
!m 楣阳县教育局 主办　地址：楣阳县桁坪镇学府路8号　邮编：419400
""",
        body="""
今年4月至6月，县教育局组织实施中小学教室降温设施安装工程，为全县没有空调的教室统一加装吊扇和壁扇。现将工作情况总结如下。
一、完成情况
学段　教室数　加装吊扇　加装壁扇
小学　386间　772台　193台
初中　142间　284台　71台
高中　64间　128台　32台
⟦a 📱 用手机扫一扫，随时查看本文⟧二、主要做法
一是先排查后安装，对所有教室线路进行了负荷检测，改造老化线路37处；二是统一采购、统一验收，每台风扇均加装防护网和独立开关；三是建立维修台账，由学校后勤人员每月巡检一次。
三、存在问题
部分村小教室层高不足，吊扇装好后离课桌偏近，需在暑期改为壁扇。
楣阳县教育局
2024年7月8日
""",
    ),
    dict(
        slug="intranet-chengbo-minutes-washer-quality-oa",
        site="澄波电器协同办公平台 (invented, OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.chengbo-dq.local/doc/view?id=2024101400317",
        title="澄波电器第三季度质量分析会会议纪要",
        record_title="[已办] 澄波电器第三季度质量分析会会议纪要 - 澄波OA",
        date="2024-10-11",
        date_also=["2024-10-14"],
        notes="OA document view: 流转记录, read count, a mark-as-read button, IT desk line; the minutes' 时间/地点/主持/参会/记录 lines; the 时间 line is the date, the issue date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[已办] 澄波电器第三季度质量分析会会议纪要 - 澄波OA</title>
<script src="/oa/js/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 澄波OA · 协同办公⟧ ⟦m 当前用户：质量部 卢思远⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 已办事项⟧ ⟦m 公文管理⟧ ⟦m 会议管理⟧ ⟦m 通讯录⟧</div>
<div class="doc-view">
<div class="doc-info">⟦m 文档类别：会议纪要　密级：内部　发文时间：2024-10-14 16:02　已阅 46 人⟧</div>
<h2>{T}</h2>
<div class="doc-text">
{BODY}
</div>
<div class="doc-btn"><button>⟦a 标为已读⟧</button> <button>⟦a 转发同事⟧</button> <button>⟦a 另存为版式文件⟧</button></div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-10-14 15:20 质量部 卢思远 拟稿⟧</p>
<p>⟦l 2024-10-14 15:47 副总经理 滕启明 签发⟧</p>
<p>⟦l 2024-10-14 16:02 综合办 发布至全员⟧</p>
</div>
</div>
<div class="oa-foot">⟦m 系统故障请拨信息中心分机 8000⟧ ⟦d 内部资料，严禁外传或截图转发⟧</div>
</body>
</html>
""",
        body="""
时间：2024年10月11日下午2:30
地点：公司三楼质量会议室
主持：副总经理　滕启明
参会：质量部、研发部、生产部、售后服务部负责人
记录：质量部　卢思远
会议听取了第三季度滚筒洗衣机质量情况汇报，研究了售后故障集中问题的整改措施。纪要如下：
一、三季度售后返修率为1.8%，较二季度上升0.4个百分点，主要集中在门封漏水和排水泵异响。
二、研发部10月31日前完成门封胶条改型验证，生产部同步调整装配工装。
三、售后服务部每周汇总一次故障数据，在内网质量看板公布，有疑问请联系质量部分机8806。
四、下次质量分析会于2025年1月上旬召开。
""",
    ),
    dict(
        slug="intranet-hanyan-procedure-induction-burnin-decimal",
        site="焓焰厨电内网 (invented)",
        style="企业内网",
        genre="规程",
        kind="other",
        form="text",
        source="http://intra.hanyan-cd.local/wi/ZZ-0217",
        title="电磁炉总装线老化测试作业规程",
        date=None,
        notes="record title as is; decimal headings 1–4.2; intranet chrome (document number, classification, revision stamps) and a feedback prompt glued after a line; no date",
        page="""
!m 焓焰厨电 · 企业内网
!m 制度文件 > 作业指导书 > 总装车间
{T}
!m 文件编号：WI-ZZ-0217　版本：B/2　受控状态：受控
!d 内部资料　未经批准不得复制外传
{BODY}
!a 下载受控PDF　|　申请纸质副本
!m 最后修订：工艺部 闻笛　修订于 5 天前
!m 内网问题请拨分机 6110
""",
        body="""
1 目的
规范电磁炉整机老化测试作业，及时剔除早期失效产品。
2 适用范围
适用于总装车间二号线全部电磁炉产品。
3 作业要求
3.1 老化架每层放置整机不超过12台，机身之间间隔不小于5厘米。
3.2 整机配标准负载锅，以额定功率连续运行4小时，期间每小时巡检一次并记录。⟦a 【对本条有疑问？点此反馈】⟧
3.3 出现停机、报警代码或异味的整机，立即断电并挂红色不合格标签。
4 安全注意
4.1 测试区禁止存放纸箱等易燃物，配备二氧化碳灭火器两具。
4.2 负载锅温度高，取放时必须佩戴隔热手套。
""",
    ),
]
