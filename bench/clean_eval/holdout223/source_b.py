"""holdout223, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-dianxia-essay-ceiling-lamp-for-neighbour",
        site="老电工的灯下笔记 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://dengxia.blog.example.cn/archives/412.html",
        title="给对门的老周换吸顶灯",
        record_title="给对门的老周换吸顶灯 · 邻里琐记 — 老电工的灯下笔记",
        date="2024-03-09",
        notes="blog: tag cloud, monthly archive, comment form; a photo placeholder line between paragraphs and a "
        "read/comment counter glued after the last sentence; the post's 发表于 line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>给对门的老周换吸顶灯 · 邻里琐记 — 老电工的灯下笔记</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script src="/usr/themes/lamp/app.js"></script>
</head>
<body>
<header>
<h2 class="site-name">⟦m 老电工的灯下笔记⟧</h2>
<p class="site-desc">⟦m 拧了四十年螺丝，写点身边的小事⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/zaji/">⟦m 邻里琐记⟧</a> <a href="/category/jiqiao/">⟦m 电工小技巧⟧</a> <a href="/about.html">⟦m 关于老沈⟧</a></nav>
</header>
<article>
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 作者：沈秉坤　发表于 2024年3月9日　分类：邻里琐记⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="post-tags">⟦l 标签：吸顶灯 邻里 退休生活⟧</div>
<div class="post-near">⟦l « 楼道里那盏声控灯⟧　⟦l 插线板别再串着用了 »⟧</div>
</article>
<section id="comments">
<h3>⟦l 4 条评论⟧</h3>
<ol><li>⟦l 桂花树下：沈师傅心真好，我们楼也有这样一位老电工。⟧</li><li>⟦l 阿棠：LED吸顶灯确实省电，我家换了以后电费少了一截。⟧</li></ol>
<form>⟦a 留下你的评论（昵称必填，邮箱不公开）⟧<textarea></textarea><button>⟦a 提交评论⟧</button></form>
</section>
<aside>
<h4>⟦l 标签云⟧</h4><p>⟦l 吸顶灯 插座 漏电保护 老房改线 电笔 灯管⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年3月 (5)⟧</li><li>⟦l 2024年2月 (7)⟧</li><li>⟦l 2024年1月 (4)⟧</li></ul>
</aside>
<footer>⟦m © 2019-2024 老电工的灯下笔记　由 Typecho 驱动⟧　⟦d 文章转载请留个出处，谢谢⟧</footer>
</body>
</html>
""",
        body="""
对门的老周今年七十六了，周末敲我家门，说客厅的吸顶灯一闪一闪，晃得他眼睛疼。
我搬了梯子过去一看，是用了十几年的环形灯管老化了，镇流器也嗡嗡响。我劝他干脆换一盏LED吸顶灯，省电，也不会再闪。
第二天我陪他去五金店挑了一盏，回来拉闸、拆旧灯、打膨胀螺丝、接线，前后不到四十分钟。灯一亮，老周连说“亮堂多了”。
⟦m ［配图：换下来的旧灯管和镇流器］⟧
退休以后，我给楼里的老人换过不少灯。活不大，可对腿脚不便的老人来说，爬梯子就是一道坎。能帮一把，就帮一把。⟦l 阅读(219)　评论(4)⟧
""",
    ),
    dict(
        slug="blog-menglingyeguiren-essay-stairwell-emergency-light-wrapped",
        site="曚岭夜归人的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://blog.yeguiren.example.net/post/20241117.html",
        title="夜里停电，楼道里的应急灯亮了",
        record_title="夜里停电，楼道里的应急灯亮了 - 随手记 - 曚岭夜归人的博客",
        date=None,
        notes="blog essay hard-wrapped at 56 columns; posted 5 天前 (no date); neighbouring posts, tags and a "
        "comment prompt below",
        page="""
!m 曚岭夜归人的博客
!m 写给晚归的自己
!m 首页　|　随手记　|　读书　|　留言板
{T}
!m 发表于 5 天前　|　分类：随手记　|　阅读 86
{BODY}
!l 标签：停电　应急灯　物业
!l 上一篇：菜市场的秋天　｜　下一篇：给孩子的第一张借书证
!a 写下你的想法……（登录后可评论）
!m 本博客文字版权归夜归人所有
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
昨晚十点多，小区突然停电，整栋楼一下子黑了下来。
我正抱着孩子往楼下走，楼梯拐角的应急灯“啪”地亮了，绿色的安全出口标志也亮着，心里一下子踏实了。
下到一楼，看见物业的小邓打着手电在门口挨个问有没有人被困电梯。他说，上个月刚把楼道里的应急灯全部测了一遍，换了十几块电池。
以前从没留意过这些挂在墙角的小灯，甚至嫌它们丑。真到了黑灯瞎火的时候，才知道它们一直在那儿等着。
来电以后，我给物业群发了条消息：谢谢你们。
""",
    ),
    dict(
        slug="wechat-kuihu-fanzha-phones-for-elderly-h1",
        site="镜文小站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议",
        kind="other",
        form="html",
        source="https://www.weiwencd.com/a/kuihu-fanzha/20240620-2.html",
        title="子女必看：帮父母把老人手机设置成“防骗模式”",
        record_title=None,
        date="2024-06-20",
        notes="no record title: the mirror's <h1>; the account line's date is the page's date; a follow prompt "
        "glued before the salutation; 阅读原文/在看 rows, QR line and the mirror's archive note; "
        "sharing the article is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>镜文小站</title>
<meta name="description" content="煃湖反诈公众号文章存档">
<script src="/static/lazyimg.js"></script>
</head>
<body>
<div class="mirror-bar">⟦m 镜文小站 · 公众号文章离线备份⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　煃湖反诈　2024年6月20日 19:30　发表于江西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注煃湖反诈⟧</div>
<div class="tool">⟦l 阅读原文⟧　⟦l 阅读 2.3万⟧　⟦l 在看 418⟧　⟦l 赞 506⟧</div>
<div class="tool">⟦l 留言 36 条 · 精选留言已折叠⟧</div>
</div>
<div class="mirror-foot">⟦d 本页由镜文小站自动抓取保存，著作权归原公众号所有，如需删除请联系站长⟧<br>⟦m 站长邮箱：admin@weiwencd.com⟧</div>
</body>
</html>
""",
        body="""
⟦a 戳上方蓝色小字，关注“煃湖反诈”⟧各位子女朋友：
近期，我县发生多起冒充“医保局”“老朋友”骗取老年人钱财的案件，受害老人大多用的是老人手机。为此，我们整理了几项设置，请您回家帮父母弄一弄。
一是开启陌生号码拦截，只让通讯录里的号码打进来。
二是关闭短信链接直接打开的功能，告诉老人“短信里的链接一律不点”。
三是把子女电话和110设成一键快拨，遇到有人要钱，先打给子女。
请把这篇文章分享给家里有老人的亲友，转发一次，也许就能守住一位老人的养老钱。
煃湖县公安局反诈中心
""",
    ),
    dict(
        slug="wechat-wentian-fire-pledge-bath-heaters-account-date",
        site="公号文摘馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.gonghaowz.com/p/wtxf/1211-1.html",
        title="关于冬季安全使用浴霸的倡议书",
        record_title="关于冬季安全使用浴霸的倡议书 ╎ 烓田消防 · 微信文章备份",
        date="2024-12-10",
        date_also=["2024-12-11"],
        notes="WeChat text mirror: account line with its own date (also accepted), a star prompt and a 阅读原文 row, "
        "the mirror's notice; 成文日期 under the signature",
        page="""
!m 公号文摘馆 · 收好每一篇好文章
!t 关于冬季安全使用浴霸的倡议书
!m 烓田消防　2024-12-11 17:05　江西
!a ↑ 点上面的「烓田消防」，设为星标不迷路
{BODY}
!l 阅读原文　｜　在看 57　｜　点赞 92
!l 往期推荐：电动车进楼入户的危害有多大？　｜　取暖季，这些用火常识要牢记
!d 本页为公号文摘馆收录的备份页面，原文版权归烓田消防所有。
""",
        indent="\u3000\u3000",
        body="""
广大居民朋友：
冬季气温下降，浴霸成了不少家庭洗澡的“标配”。但浴霸功率大、使用环境潮湿，使用不当容易引发触电和火灾。为此，我们倡议：
一、选购带3C认证的正规产品，请专业电工安装，单独设置开关。
二、不用时及时关闭电源，不要用浴霸烘烤衣物、毛巾。
三、发现灯泡发黑、开关发烫、有焦糊味，立即断电并报修。
四、家中有老人的，洗澡时家人多留意，避免老人长时间独自使用灯暖。
安全过冬，从关好一盏浴霸开始。
烓田镇专职消防队
2024年12月10日
""",
    ),
    dict(
        slug="docshare-xiangwen-rules-canteen-exhaust-fans-articles",
        site="享文网 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.xiangwen520.com/doc/30774128.html",
        title="学校食堂排气扇使用与维护管理制度",
        record_title="【食堂管理】学校食堂排气扇使用与维护管理制度（可下载编辑）｜享文网",
        date=None,
        notes="sharing page: upload notice, points lock, service WeChat, star rating; 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【食堂管理】学校食堂排气扇使用与维护管理制度（可下载编辑）｜享文网</title>
<script src="/js/xw-viewer.js"></script>
</head>
<body>
<div class="xw-head"><a href="/">⟦m 享文网⟧</a><span>⟦m 好文档，一起享⟧</span><a href="/u/login">⟦a 登录 · 免费注册⟧</a></div>
<div class="xw-crumb">⟦m 享文网 / 教育文档 / 后勤管理 / 食堂⟧</div>
<div class="xw-doc">
<h1>{T}</h1>
<div class="xw-info">⟦m 分享者：后勤老杨　|　格式：DOCX　|　2 页　|　评分 ★★★★☆ 4.3⟧</div>
<div class="xw-notice">⟦d 本文档为网友分享，享文网只提供存储与展示，内容的准确性请使用者自行甄别。⟧</div>
<div class="xw-text">
{BODY}
</div>
<div class="xw-lock">⟦a 完整文档需 5 积分解锁，签到可领积分⟧ <button>⟦a 立即解锁⟧</button></div>
<div class="xw-kf">⟦w 积分不够找客服，微信：xiangwen_kf66⟧</div>
</div>
<div class="xw-rel"><h3>⟦l 你可能还需要⟧</h3><ul>
<li>⟦l 学校食堂燃气安全管理制度⟧</li><li>⟦l 食堂油烟管道清洗记录表⟧</li><li>⟦l 后勤设备设施维修登记制度⟧</li></ul></div>
<div class="xw-foot">⟦m 享文网 xiangwen520.com　苏ICP备22014730号-3⟧</div>
</body>
</html>
""",
        body="""
第一条 为保证学校食堂通风排烟设施安全运行，防止油污积聚引发火灾，制定本制度。
第二条 食堂排气扇由后勤处统一管理，食堂主管为直接责任人。
第三条 排气扇每日营业结束后擦拭外壳，每月拆洗扇叶一次，每季度由专业公司清洗风道一次，清洗情况记入台账。
第四条 排气扇运行中出现异响、抖动、电机过热时，应立即停机，报后勤处维修，不得带病运行。
第五条 排气扇周边一米内不得堆放可燃物，开关和线路不得受潮。
第六条 本制度自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-cunzhi-request-archives-emergency-lights-wps",
        site="存知文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.cunzhidoc.com/p/5517302.html",
        title="关于更换办公楼应急照明灯的请示",
        record_title="关于更换办公楼应急照明灯的请示.wps",
        date="2024-03-25",
        notes="file-name record title; the request's own 联系人/电话 beside the site's service WeChat; upload stamp "
        "前天 (no date); 成文日期 under the signature",
        page="""
!m 存知文档网 — 资料共享平台
{T}
!m 文档格式：wps　｜　页数：1　｜　下载：188 次　｜　上传于：前天
!d 该资料由用户投稿，若有侵权，请提交申诉，核实后我们会下架处理
{BODY}
!a 保存本文档需消耗 2 积分，余额不足？去充值
!w 客服微信：cunzhi_kf01（工作日 9:00-18:00）
!l 同类文档：关于申请维修消防设施经费的请示.wps　办公楼电路改造请示.doc
""",
        indent="\u3000\u3000",
        body="""
县机关事务服务中心：
县档案馆办公楼建成于2009年，楼内现有应急照明灯和疏散指示灯共146盏，多数已使用十五年，蓄电池老化严重。今年2月消防检查时，有39盏断电后不亮，被责令限期整改。
为消除安全隐患，我馆拟对楼内应急照明灯全部进行更换，经市场询价，所需资金约4.6万元。因我馆年初预算未安排此项经费，特申请追加。
妥否，请批示。
联系人：汪若溪，电话：0796-2213507。
曚岭县档案馆
2024年3月25日
""",
    ),
    dict(
        slug="edu-kuihu-notice-classroom-ceiling-lamps-attachment-link",
        site="煃湖县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.kuihu.gov.cn/tzgg/2024/0827/2719.html",
        title="关于开展中小学教室吸顶灯安全排查的通知",
        record_title="【开学安全】关于开展中小学教室吸顶灯安全排查的通知—煃湖县教育体育局",
        date="2024-08-26",
        date_also=["2024-08-27"],
        notes="education portal: 适读/读屏 row, attachment download link beside the body's 附件 line, the "
        "bureau's contact and mailbox beside the technical-support line; 成文日期 expected, posting date also",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【开学安全】关于开展中小学教室吸顶灯安全排查的通知—煃湖县教育体育局</title>
<script src="/js/jquery-3.6.min.js"></script>
<script src="/js/read-aloud.js"></script>
</head>
<body>
<div class="edu-top">⟦m 煃湖县教育体育局⟧ <a href="javascript:;">⟦a 适读模式⟧</a> <a href="javascript:;">⟦a 读屏⟧</a></div>
<ul class="edu-nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 校园安全⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="edu-crumb">⟦m 所在位置：首页 ▹ 通知公告⟧</div>
<div class="edu-art">
<h1>{T}</h1>
<div class="edu-meta">⟦m 发布日期：2024-08-27　发布者：安全股　点击数：642⟧</div>
<div class="edu-body">
{BODY}
</div>
<div class="edu-fj">⟦a 附件下载：教室吸顶灯安全排查情况表.xls⟧</div>
<div class="edu-tool">⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
</div>
<div class="edu-foot">
<p>⟦m 技术支持：煃湖县教育信息中心　电话 0793-5120999⟧</p>
<p>⟦m 主办单位：煃湖县教育体育局　赣ICP备10027831号⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
近日，外省一所学校发生教室吸顶灯脱落砸伤学生事件。为防止类似事故发生，请各校在秋季开学前对教室、功能室和宿舍的吸顶灯开展一次全面排查。
一、排查内容：吸顶灯底座固定是否牢固，灯罩卡扣有无松脱、老化，线路接头有无裸露。
二、处置要求：发现隐患的灯具一律先停用，并在8月31日前完成维修或更换。
三、报送时间：请于9月3日前将排查情况表报送局安全股。
联系人：邬静怡，电话：0793-5120317，邮箱：khjyaq@kuihu-edu.cn。
附件：教室吸顶灯安全排查情况表
煃湖县教育体育局
2024年8月26日
""",
    ),
    dict(
        slug="edu-suiyang-erzhong-notice-dorm-bath-heaters-record",
        site="燧阳县第二中学 (invented school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.syez.example.cn/hqgl/2024/1120/388.html",
        title="关于学生宿舍浴霸安全使用的温馨提示",
        date="2024-11-20",
        notes="title given by the record as is; numbered 1. 2. 3. list; the dorm duty phone stays in the body "
        "beside the school's office line below; 成文日期 under the signature",
        page="""
!m 燧阳县第二中学
!m 厚德　笃学　尚美　致远
!m 学校首页 ＞ 后勤管理 ＞ 通知
{T}
!m 来源：后勤处　阅读次数：1042
{BODY}
!l 上一篇：后勤处关于食堂冬季供餐时间调整的通知
!l 下一篇：关于开展宿舍内务评比的通知
!m 学校地址：燧阳县学府路18号　办公室电话：0794-3862001
!m 燧阳县第二中学版权所有　赣ICP备13021157号
""",
        indent="\u3000\u3000",
        body="""
各位住校同学：
入冬后，学校已为各宿舍卫生间的浴霸完成检修。为确保用电安全，请大家注意以下几点：
1. 浴霸仅在洗浴时开启，洗浴结束随手关闭，宿舍无人时必须断电。
2. 不得在浴霸下晾晒衣物，不得用水冲淋浴霸开关。
3. 发现浴霸灯泡破裂、开关打火等情况，立即停止使用，并报告宿管老师。
宿管值班电话：0794-3862210。
燧阳县第二中学后勤处
2024年11月20日
""",
    ),
    dict(
        slug="oa-zhukou-minutes-workshop-exhaust-fans-vote",
        site="炷口电机有限公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.zhukoumotor.local/doc/view?id=20240709-031",
        title="关于车间排气扇节能改造的专题会议纪要",
        record_title="［节能技改·纪要］关于车间排气扇节能改造的专题会议纪要 - 炷口电机OA",
        date="2024-07-09",
        notes="OA document view: 流转记录, read counts, a 标为已读 button, IT desk line; the 时间/地点/主持/参会/"
        "记录 lines and the vote count stay in the body; the date is the minutes' 时间 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>［节能技改·纪要］关于车间排气扇节能改造的专题会议纪要 - 炷口电机OA</title>
<script src="/oa/static/seeyon-lite.js"></script>
</head>
<body>
<div class="oa-head">⟦m 炷口电机有限公司 · 协同办公平台⟧　⟦m 当前用户：生产部 隋晓东⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 知识文档⟧</div>
<div class="oa-doc">
<div class="oa-bar"><button>⟦a 标为已读⟧</button> <button>⟦a 转发同事⟧</button> <button>⟦a 另存为PDF⟧</button></div>
<h2>{T}</h2>
<div class="oa-info">⟦m 文档编号：ZK-JY-2024-031　密级：内部　拟稿部门：设备部⟧</div>
<div class="oa-text">
{BODY}
</div>
<div class="oa-flow">
<h4>⟦m 流转记录⟧</h4>
<p>⟦m 设备部 綦晓雯 拟稿 → 副总经理 卜远航 审核 → 总经理办公室 分发⟧</p>
<p>⟦m 已阅 23 人　未阅 4 人⟧</p>
</div>
</div>
<div class="oa-foot">⟦m IT服务台 分机 8010　仅限公司内部使用，请勿外传⟧</div>
</body>
</html>
""",
        body="""
时间：2024年7月9日14:30
地点：公司办公楼三楼会议室
主持：副总经理 卜远航
参会：设备部、生产部、财务部、安环部负责人
记录：綦晓雯
会议听取了设备部关于装配车间排气扇节能改造的方案汇报，经讨论，议定如下：
一、同意将装配车间现有48台老式排气扇更换为变频排气扇，预计年节电3.2万千瓦时。
二、改造安排在8月高温停产检修期间进行，由设备部负责实施，安环部负责施工安全监督。
三、所需资金由财务部在年度技改资金中列支。
表决结果：应到7人，实到7人，同意7人。
""",
    ),
    dict(
        slug="oa-kangle-bulletin-phones-for-elderly-batches",
        site="爚江康乐通讯设备有限公司内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.kangletx.local/zlgl/tb/2024-07-02.html",
        title="关于K3型老人手机出厂检验不合格情况的通报",
        record_title="【品质预警】关于K3型老人手机出厂检验不合格情况的通报 - 康乐通讯内网",
        date="2024-07-02",
        notes="intranet page: user line, read counts, a mark-as-read action and an internal-use notice; a table of "
        "failed batches (one row a paragraph); 成文日期 under the department's signature",
        page="""
!m 康乐通讯内网 ｜ 质量管理
!m 登录用户：二车间 言志鹏　　今日待办 3 项
!m 内网首页 > 质量管理 > 质量通报
{T}
!m 发文部门：质检部　｜　阅读：已读 58 / 应读 64
!a ［标记已读］［打印］［导出Word］
{BODY}
!m 本页面仅限公司内网访问，内容不得截图外传
!m 技术支持：信息部 分机 6600
""",
        indent="\u3000\u3000",
        body="""
各部门、各车间：
6月份，质检部在K3型老人手机出厂检验中发现部分产品存在SOS键失灵、免提音量不达标等问题。现将有关情况通报如下：
批次号　抽检数量　不合格数　主要问题
K3-2406-01　200　7　SOS键失灵
K3-2406-03　200　11　免提音量偏低
K3-2406-05　200　4　充电座接触不良
上述批次已全部隔离返工。请二车间于7月10日前查明原因，提交整改报告；质检部对返工产品逐台复检，复检合格后方可出厂。
质检部
2024年7月2日
""",
    ),
]
