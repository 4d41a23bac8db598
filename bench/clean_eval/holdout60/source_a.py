"""holdout60, part A: goldfish breeding, jujube orchards, spectacles workshops, rural water
supply and a parachuting club, on the older kinds of site. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="fanwen-jinlin-speech-goldfish-festival",
        site="锦鳞范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jinlinfw.example.com/jianghua/8812.html",
        title="在鲫塘县第三届金鱼文化节开幕式上的致辞",
        record_title="在鲫塘县第三届金鱼文化节开幕式上的致辞（精选）",
        date="2025-04-26",
        notes="decorated record title; date under the speech title; speaker line neutral; a 'copy needs points' prompt between paragraphs; writing service at the bottom",
        page="""
!m 锦鳞范文网 — 写材料，先来锦鳞
!m 所在栏目：首页 › 致辞讲话 › 开幕致辞
!t 在鲫塘县第三届金鱼文化节开幕式上的致辞（精选）
!m 更新：2025-05-03 08:14　阅读：2,318 次
县人民政府副县长　范润秋
（2025年4月26日）
{BODY}
!w 本站可按需撰写各类致辞，稿件原创，微信同号 jl-wenmi66
!l 上一篇：在渔业合作社成立大会上的讲话　下一篇：养殖户代表发言稿
""",
        body="""
各位来宾，朋友们：
今天，我们在鲫塘湖畔相聚，共同迎来第三届金鱼文化节的开幕。
鲫塘养殖金鱼已有三百多年历史，狮头、水泡、珍珠鳞等品种远销二十多个国家和地区。
⟦a 全文共1420字，复制本段需消耗2个积分⟧
去年，全县金鱼养殖面积达到一千八百亩，带动两千一百户农户增收。
希望大家在文化节期间多走走、多看看，把鲫塘的金鱼带回家。
最后，预祝本届金鱼文化节圆满成功！
""",
    ),
    dict(
        slug="wenku-zaoyuan-plan-jujube-bracket-pages",
        site="枣原文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zaoyuan.example.net/view/77ac01.html",
        title="棘原县2025年红枣提质增效行动方案",
        record_title="棘原县2025年红枣提质增效行动方案.docx",
        date="2025-03-12",
        notes="file-name title; page markers 〖N〗 cutting sentences; preview-end prompt; signature date in Chinese numerals",
        pages=dict(fmt="〖{n}〗", every=120, start=2),
        page="""
!m 枣原文库 ▏ 海量资料 一键获取
!t 棘原县2025年红枣提质增效行动方案.docx
!m 贡献者：枣农老马　页数：4页　格式：DOCX　浏览 906
{BODY}
!a 预览到此结束，剩余2页请使用下载券获取
!a 〔立即下载〕　〔加入资料夹〕
!d 资料来自网友分享，如侵犯您的权益，请提交申诉，核实后24小时内处理
""",
        body="""
为推动全县红枣产业由规模扩张向质量效益转变，结合本县实际，制定本方案。
一、目标任务。到2025年底，改造低产枣园一万二千亩，优质果率提高到百分之六十五以上。
二、重点措施。推广矮化密植和水肥一体化技术，建设红枣烘干房四十座，培育区域公用品牌。
三、保障措施。县财政安排专项资金八百万元，对集中连片改造的枣园给予每亩三百元补助。
棘原县人民政府办公室
二〇二五年三月十二日
""",
    ),
    dict(
        slug="gov-jingchuan-notice-spectacles-html",
        site="镜川县市场监督管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://scjg.jingchuan.example.gov.cn/tzgg/2025/0610/3307.html",
        title="关于开展眼镜制配场所计量专项检查的通知",
        record_title=None,
        date="2025-06-10",
        notes="HTML county bureau page with 索引号 table, elder-mode row, site's hotline beside the notice's own 联系人/电话; 文号 neutral; title missing from record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展眼镜制配场所计量专项检查的通知_镜川县市场监督管理局</title>
<script>var _siteid="jc0031";</script></head><body>
<div class="top"><span>⟦m 镜川县市场监督管理局⟧</span><span>⟦a 长者模式｜读屏｜简体/繁體⟧</span></div>
<div class="nav">⟦m 局情概况　政务公开　办事服务　互动交流⟧</div>
<div class="pos">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：JC-SCJG-2025-00417⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文机构：县市场监管局⟧</td><td>⟦m 生成日期：2025-06-10⟧</td></tr>
</table>
<h1>⟦t 关于开展眼镜制配场所计量专项检查的通知⟧</h1>
<p class="wh">镜市监〔2025〕19号</p>
<div class="article">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】【关闭窗口】⟧</div>
<div class="foot"><p>⟦m 主办：镜川县市场监督管理局　投诉举报热线：12315⟧</p><p>⟦m 镜ICP备17002266号-1⟧</p></div>
</body></html>
""",
        body="""
各市场监管所，局机关各股室：
为保护消费者视力健康，局决定于6月中旬至7月底在全县开展眼镜制配场所计量专项检查。
一、检查对象。全县从事眼镜验配、加工的门店和眼镜厂，共计四十六家。
二、检查内容。重点检查焦度计、验光仪等计量器具是否按期检定，配镜处方是否完整留存。
联系人：蒋宛青　电话：0762-5318204
镜川县市场监督管理局
2025年6月10日
""",
    ),
    dict(
        slug="news-hongxi-html-water-station-byline",
        site="泓溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hongxinews.example.cn/xw/bd/202508/t20250819_55210.html",
        title="泓溪县最后一座老旧供水站完成改造",
        date="2025-08-19",
        notes="news portal HTML; byline 发布时间 is the date; photo caption glued; 24-hour hot list and editor line",
        page="""
<html><head><meta charset="utf-8"><title>泓溪县最后一座老旧供水站完成改造 - 泓溪新闻网</title>
<script src="/js/stat.js"></script></head><body>
<header><div class="logo">⟦m 泓溪新闻网　泓溪人的新闻客户端⟧</div>
<nav>⟦m 首页　本地　民生　视频　专题⟧</nav></header>
<div class="crumb">⟦m 首页 / 本地新闻 / 正文⟧</div>
<h1>⟦t 泓溪县最后一座老旧供水站完成改造⟧</h1>
<div class="info">⟦m 发布时间：2025-08-19 17:42　来源：泓溪日报　记者：吕晴川⟧</div>
<article>
{BODY}
</article>
<div class="ed">⟦m 【编辑：骆一帆】⟧</div>
<aside><h3>⟦l 24小时热读⟧</h3><ul><li>⟦l 城区三条道路夜间施工请绕行⟧</li><li>⟦l 泓溪中学新校区9月启用⟧</li></ul></aside>
<footer>⟦d 本网原创稿件，未经授权不得转载⟧<br>⟦m 泓新网备0021号⟧</footer>
</body></html>
""",
        body="""
8月19日，随着上渡村供水站新水泵正式启用，泓溪县十二座老旧农村供水站全部完成改造。⟦m （图：施工人员调试加药设备　吕晴川 摄）⟧
改造后的供水站配备了自动加氯和在线浊度监测设备，日供水能力由三百吨提高到八百吨。
上渡村村民周大成说，以前一到夏天就要限时供水，现在二十四小时都有水用。
县水利局负责人介绍，下一步将推进供水站远程监控平台建设，实现一屏看全县。
""",
    ),
    dict(
        slug="forum-yaoling-paragliding-post-junk",
        site="鹞岭户外论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.yaolingoutdoor.example.com/thread-40712-1-1.html",
        title="第一次跳伞的心得体会",
        record_title="第一次跳伞的心得体会 - 飞行运动版 - 鹞岭户外论坛",
        date=None,
        notes="Discuz-like post; site suffix on record title; forum junk glued and on lines; floor meta, relative time (not a date), sign-off and reply box",
        junk=dict(lines=1, glued=2),
        page="""
!m 鹞岭户外论坛 › 飞行运动 › 跳伞交流
!m 查看: 1507 | 回复: 23
!t [原创] 第一次跳伞的心得体会
!m 云端小鹞 发表于 3 天前 | 只看该作者 | 倒序浏览
{BODY}
!l 回复 举报 支持(18) 反对(0)
!m 本帖最后由 云端小鹞 于 前天 21:07 编辑
!l 快速回复：您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
上个月在翔坪机场跟着教练完成了人生第一次串联跳伞，想把这次经历写下来。
跳之前要上半天地面课，教练反复讲出舱姿势、抬头挺胸和落地时收腿的动作。
飞机爬升到三千米，舱门打开的那一刻，风声大得听不见自己说话。
自由落体大约四十秒，开伞后世界一下子安静了，可以看见整片水库和远处的山。
我的体会是，胆量其实是准备出来的，地面课上认真练的每一个动作，空中都用上了。
""",
    ),
    dict(
        slug="blog-zhangzaonong-jujube-html-tagcloud",
        site="张枣农的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://blog.zaoshu.example.com/zhangzn/archives/2025/11/137",
        title="2025年枣园管护工作总结",
        record_title="2025年枣园管护工作总结 | 张枣农的博客",
        date="2025-11-28",
        notes="WordPress-like blog; decorated title; tag cloud, archive, comments; post date line is the date; a document sentence about scanning a code kept",
        page="""
<html><head><meta charset="utf-8"><title>2025年枣园管护工作总结 | 张枣农的博客</title></head><body>
<div id="masthead"><h2>⟦m 张枣农的博客⟧</h2><p>⟦m 一个老枣农的田间笔记⟧</p></div>
<div class="post"><h1>⟦t 2025年枣园管护工作总结⟧</h1>
<div class="postmeta">⟦m 发布于 2025-11-28 ｜ 分类：枣园日志 ｜ 2 条评论⟧</div>
<div class="entry">
{BODY}
</div>
<div class="tags">⟦l 标签：红枣 修剪 枣疯病⟧</div></div>
<div id="comments"><h3>⟦l 2 条评论⟧</h3><p>⟦l 棘原小李：学习了，明年也试试环剥。⟧</p><p>⟦l 发表评论 · 昵称（必填）· 邮箱（必填）⟧</p></div>
<div id="sidebar"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年11月 (3)⟧</li><li>⟦l 2025年10月 (5)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 施肥 嫁接 灰枣 骏枣 烘干⟧</p></div>
<div id="footer">⟦d © 2025 张枣农的博客 保留所有权利 · 由 WordPress 强力驱动⟧</div>
</body></html>
""",
        body="""
今年我承包的四十亩枣园总产鲜枣九万斤，比去年多了一成半。
春季修剪时按照农技站的要求去掉了交叉枝，通风透光明显好转。
六月花期开甲环剥，坐果率提高了不少，但有两亩老树因为剥得太宽长势变弱，这是明年要改的地方。
枣疯病今年发现了十一株，全部挖除烧毁，并用扫码登记的办法报给了镇农技站。
明年打算再建一座小烘干房，减少雨季裂果的损失。
""",
    ),
    dict(
        slug="wechat-liuchuan-glasses-pledge-follow",
        site="琉川眼视光 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="https://wx.mirror-read.example.com/s/lcyishiguang_0917",
        title="守护孩子视力健康倡议书",
        record_title=None,
        date="2025-09-17",
        notes="WeChat mirror; no record title; account line, original mark, read counts, 在看/赞 bar, follow prompt glued to last line; signature date",
        page="""
!m 琉川眼视光 2025-09-18 07:30 发表于琉川
!t 守护孩子视力健康倡议书
!m 原创 视光小琉 琉川眼视光
!a 点击上方蓝字，设为星标不迷路
{BODY}
!l 阅读 2781 　赞 46 　在看 19
!l 写留言
!a 长按识别二维码，关注我们获取更多护眼知识
""",
        body="""
各位家长、老师和同学们：
近年来我县中小学生近视率持续上升，已成为影响孩子健康成长的突出问题。
为此，我们向全县家长和学校发出如下倡议：每天户外活动不少于两小时，连续看书写字四十分钟后远眺休息。
家长要以身作则，少在孩子面前长时间刷手机，发现孩子眯眼看东西要及时到正规机构验光。
琉川县眼视光行业协会
2025年9月17日⟦l 分享　收藏　点赞⟧
""",
    ),
    dict(
        slug="docshare-xiangping-report-parachute-dash-pages",
        site="翔坪文档共享 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://doc.xiangping.example.com/p/5a1f88c0.html",
        title="关于翔坪航空运动营地发展情况的调研报告",
        record_title="【可编辑】关于翔坪航空运动营地发展情况的调研报告",
        date=None,
        notes="decorated 【可编辑】 title; page markers 〈第N页〉 glued at line starts; upload notice; no date (upload stamp only)",
        pages=dict(fmt="〈第{n}页〉", every=110, start=2, glue=True),
        page="""
!m 翔坪文档共享 · 找文档 上翔坪
!t 【可编辑】关于翔坪航空运动营地发展情况的调研报告
!m 上传时间：2025-07-02　上传者：wanderer_07　大小：56KB
{BODY}
!d 本文档为用户上传，平台仅提供存储空间，内容观点不代表本平台立场
!a 下载此文档 ｜ 举报 ｜ 放大阅读
!l 相关文档：航空运动安全管理办法　低空旅游项目可行性研究
""",
        body="""
翔坪航空运动营地位于鸢原县东部丘陵，是全省第一家集跳伞、滑翔和动力伞于一体的营地。
营地运营三年来，累计接待体验者一万一千人次，带动周边农家乐和民宿二十余家。
调研中也发现一些问题：空域审批周期较长，专业教练不足，夏季雷雨天气导致停飞天数较多。
建议县里协调有关部门建立空域使用快速通道，与体育院校合作培养教练，完善气象保障。
""",
    ),
    dict(
        slug="edu-jichuan-notice-water-safety-html",
        site="汲川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jichuan.example.gov.cn/tzgg/202505/t20250521_1093.html",
        title="关于做好校园饮用水卫生安全工作的通知",
        date="2025-05-21",
        date_also=[],
        notes="education portal; 发布时间 in byline; 附件 list kept; table of water checks kept (ideographic spaces); visitors count",
        page="""
<html><head><meta charset="gbk"><title>汲川县教育局-通知公告</title></head><body>
<div class="banner">⟦m 汲川县教育局　立德树人 办人民满意教育⟧</div>
<div class="menu">⟦m 首页｜教育动态｜通知公告｜学校风采｜安全教育⟧</div>
<div class="loc">⟦m 您现在的位置：首页 &gt;&gt; 通知公告⟧</div>
<h2>⟦t 关于做好校园饮用水卫生安全工作的通知⟧</h2>
<div class="sub">⟦m 发布时间：2025年05月21日　作者：体卫艺股　点击数：611⟧</div>
{BODY}
<div class="close">⟦a [关闭本页] [返回顶部]⟧</div>
<div class="copy">⟦m 版权所有：汲川县教育局　地址：汲川县文昌路9号⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
夏季是肠道传染病高发季节，为确保师生饮水安全，现就有关事项通知如下。
一、各校要对直饮水设备、二次供水水箱进行一次全面清洗消毒，并做好记录。
二、近期抽检结果如下：
学校　浊度　余氯　结论
城关一小　0.6　0.3　合格
汲川二中　1.2　0.1　整改
三、各校于5月30日前将自查表报县教育局体卫艺股。
附件：1.校园饮用水自查表
2.二次供水设施清洗消毒记录
""",
    ),
    dict(
        slug="oa-zaotai-minutes-drying-plant",
        site="枣台果业集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.zaotai-fruit.example.local/doc/view?id=88120",
        title="烘干车间安全生产专题会议纪要",
        record_title="烘干车间安全生产专题会议纪要",
        record_date="2025-10-09",
        date="2025-10-09",
        notes="intranet document view with approval trail and read counts; minutes' 时间/地点/主持 lines kept; 抄送 kept",
        page="""
!m 枣台果业集团协同办公平台　|　公文管理 > 收文查看
!m 文件编号：ZT-JY-2025-046　密级：内部　紧急程度：普通
{T}
{BODY}
!m 流转记录：办公室 王蕾 拟稿 10-09 16:20 → 生产部 冯建 审核 10-10 09:02 → 总经理 阅
!l 已阅 37 人　未阅 5 人　［催阅］
!a 导出PDF　打印　转发
""",
        body="""
时间：2025年10月9日下午3时
地点：集团三楼会议室
主持：副总经理 陶正海
会议听取了烘干车间近期安全检查情况汇报，研究部署了采收季烘干生产安全工作。
会议要求，烘干房燃气管道每周检查一次，夜班必须双人值守，严禁在车间内堆放纸箱等可燃物。
会议明确，生产部负责在10月15日前完成全部烘干房温控报警装置的检测。
抄送：集团领导班子成员，各分厂
""",
    ),
    dict(
        slug="qa-jinglan-answer-lens-fitting-html",
        site="镜澜问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://ask.jinglan.example.com/q/2208731",
        title="配近视眼镜为什么要散瞳验光？",
        record_title="配近视眼镜为什么要散瞳验光？ - 镜澜问答",
        date=None,
        notes="Q&A page; accepted answer is the body; vote bar, answerer badge, related questions; relative time not a date",
        page="""
<html><head><meta charset="utf-8"><title>配近视眼镜为什么要散瞳验光？ - 镜澜问答</title></head><body>
<div class="hd">⟦m 镜澜问答　有问题，问镜澜⟧ <a>⟦a 登录 / 注册⟧</a> <a>⟦a 我要提问⟧</a></div>
<h1>⟦t 配近视眼镜为什么要散瞳验光？⟧</h1>
<div class="q-meta">⟦m 提问者：蓝莓酱 · 2 年前 · 浏览 4.1 万⟧</div>
<div class="best"><span>⟦m 最佳答案⟧</span><span>⟦m 答主：视光师老温 | 认证：眼视光技师⟧</span>
{BODY}
</div>
<div class="vote">⟦l 有用 612 · 没用 9 · 评论 33⟧</div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><p>⟦l 散瞳以后多久能看清？⟧</p><p>⟦l 成人验光需要散瞳吗？⟧</p></div>
<div class="ft">⟦d 回答仅代表个人观点，不构成医疗建议⟧</div>
</body></html>
""",
        body="""
儿童和青少年眼睛的调节能力很强，不散瞳直接验光，测出来的度数往往比实际偏高。
散瞳就是用药物让睫状肌放松，这时测得的度数才是真实的屈光度。
十二岁以下第一次配镜，一般建议做散瞳验光，成年人通常不需要。
散瞳后几小时内会怕光、看近处模糊，属于正常现象，出门可以戴帽子或太阳镜。
""",
    ),
    dict(
        slug="collection-laowei-waterworks-wrapped",
        site="卫老文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://weilao-wencun.example.net/juan3/12.txt",
        title="在涓水县自来水公司成立四十周年座谈会上的讲话",
        date="2025-06-06",
        notes="a retired engineer's collection; hard-wrapped at 64 columns with indent; chapter navigation; date under the title",
        wrap=64,
        indent="　　",
        page="""
!m 卫老文存 · 卷三 · 讲话与发言
!l ‹ 上一篇　目录　下一篇 ›
{T}
涓水县自来水公司原总工程师　卫守成
（2025年6月6日）
{BODY}
!l ‹ 上一篇：水厂沉淀池改造回忆　下一篇：写给年轻的制水工 ›
!d 本文集由家人整理，文字仅供亲友阅读，请勿转作他用
""",
        body="""
同志们：
四十年前，我们在城西的荒坡上挖下第一锹土，那时全县只有两口深井，很多人家要到河边挑水。
一九八五年第一座水厂建成通水，日供水能力只有五千吨，水管是我们一段一段扛上山的。
今天，公司已经有三座水厂，供水管网延伸到了全县十四个乡镇，农村群众也喝上了放心水。
希望年轻的同志们守住水质这条底线，把这份事业一代一代传下去。
""",
    ),
]
