"""holdout84, part A: laver farming, ice fishing, abalone, scallops, yangqin and sounding stations
on 范文 sites, 文库 previews, portals, forums, blogs, WeChat mirrors, sharing pages, an education
portal, an intranet and a Q&A. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-shiyun-summary-laver-coop-glued-collect",
        site="拾韵范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.shiyunfw.example.com/zongjie/hzs/20250112/7731.html",
        title="苕原县紫菜养殖专业合作社2024年工作总结",
        record_title="苕原县紫菜养殖专业合作社2024年工作总结（精选）",
        date="2025-01-08",
        notes="decorated record title; a collect prompt glued after a sentence; a 'further reading' line between paragraphs; Chinese-numeral signature date",
        page="""
!m 拾韵范文网 — 写材料，先来拾韵
!m 位置：首页 › 总结大全 › 合作社总结
!t 苕原县紫菜养殖专业合作社2024年工作总结（精选）
!m 栏目编辑：小韵　更新于：3天前　阅读量 1,208
{BODY}
!a 觉得不错？点此一键复制全文
!w 材料定制找老周，V信 shiyun_zhou88（备注“材料”）
!l 同栏目推荐：· 渔业专业合作社年度总结　· 养殖场年终工作汇报　· 合作社理事长述职报告
!d 本站文章均来自会员投稿，如涉及版权请来函说明，我们将在48小时内处理。
""",
        body="""
2024年，合作社在县农业农村局和镇党委政府的指导下，围绕“稳产、提质、增收”目标，带领社员克服台风和赤潮影响，全年实现紫菜干品产量一千二百吨。
一、主要工作
（一）推广新品种。引进条斑紫菜新品系两个，在东礁、南湾两个片区示范养殖三百亩，亩均增产百分之十五。⟦a 〔收藏本篇，方便下次查看〕⟧
（二）统一加工销售。合作社新建烘干车间一座，实行统一收购、统一加工、统一品牌，社员每斤鲜菜比散卖多收入零点六元。
⟦l 延伸阅读：海水养殖合作社年终总结（三篇）⟧
（三）加强安全管理。汛期前组织社员加固筏架四千余台，落实台风期间人员撤离制度，全年未发生安全事故。
二、存在问题
一是加工设备老化，二是品牌宣传不够，三是年轻社员偏少。
三、明年打算
2025年，合作社将扩建冷库一座，申报“苕原紫菜”地理标志，力争社员人均增收三千元。
苕原县紫菜养殖专业合作社
二〇二五年一月八日
""",
    ),
    dict(
        slug="wenku-haibei-plan-icefishing-bullet-markers",
        site="海贝文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.haibei.example.net/view/a83f10c2.html",
        title="榆汀县第六届查干泡冬捕节安全保障工作方案",
        record_title="榆汀县第六届查干泡冬捕节安全保障工作方案.docx",
        date=None,
        notes="file-name title; a preview cut by ▪N▪ markers glued at line starts; a pay wall under the preview; no date (year only in the body's event)",
        pages=dict(fmt="▪{n}▪", every=90, start=2, glue=True),
        page="""
!m 海贝文库 ｜ 专业文档分享平台
!t 榆汀县第六届查干泡冬捕节安全保障工作方案.docx
!m 共4页　｜　上传者：冰湖渔歌　｜　2.1万次浏览
!a 原创力认证文档　下载需 9 海贝币
{BODY}
!a 还剩2页未读，开通海贝会员畅读全部内容 >>
!a 加入文件夹　｜　举报　｜　下载原文件
!l 猜你喜欢：冬捕节开幕式主持词 / 冰雪旅游节应急预案 / 冰面活动安全须知
""",
        body="""
为确保第六届查干泡冬捕节各项活动安全有序进行，根据县委、县政府工作部署，结合冰面作业和大型群众活动特点，制定本方案。
一、组织机构
成立冬捕节安全保障工作领导小组，由分管副县长任组长，公安、应急、文旅、渔政、卫健等部门主要负责人为成员，领导小组办公室设在县应急管理局。
二、工作任务
（一）冰面安全。渔政部门每日测量冰层厚度，冰厚不足三十厘米的区域一律不得开放，观赏区与作业区之间设置隔离带和警示标识。
（二）交通秩序。公安交警部门在进出湖区道路设置临时停车场三处，实行单向循环通行。
（三）医疗救护。卫健部门在湖区设立医疗救护点两个，配备救护车和防冻药品。
三、工作要求
各成员单位要落实责任，加强值守，发现险情立即报告，确保冬捕节安全顺利举办。
""",
    ),
    dict(
        slug="gov-zhuyu-notice-abalone-html-font-row",
        site="椹原县海洋与渔业局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://hyj.zhenyuan.example.gov.cn/tzgg/202504/t20250418_56120.html",
        title="关于开展2025年鲍鱼养殖用药专项检查的通知",
        record_title=None,
        date="2025-04-18",
        notes="HTML county portal: a font-size and print row, 索引号 table as meta, related links and a footer with 网站标识码; no record title (h1 and <title>); the document's own 联系人/电话 next to the bureau's 值班电话 in the footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展2025年鲍鱼养殖用药专项检查的通知_椹原县海洋与渔业局</title>
<link rel="stylesheet" href="/css/main.css"><script>var _hmt = _hmt || [];</script></head>
<body>
<div class="top"><span>⟦m 椹原县海洋与渔业局⟧</span><a href="/">⟦m 政府信息公开⟧</a><a href="/wza">⟦a 无障碍阅读⟧</a></div>
<nav><ul><li>首页</li><li>机构概况</li><li>政策法规</li><li>通知公告</li><li>互动交流</li></ul></nav>
<div class="loc">⟦m 您现在的位置： 首页 ＞ 通知公告 ＞ 正文⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：YY-HYJ-2025-0412⟧</td><td>⟦m 发布机构：椹原县海洋与渔业局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-04-18⟧</td><td>⟦m 主题分类：渔业 ＼ 质量安全⟧</td></tr></table>
<h1>⟦t 关于开展2025年鲍鱼养殖用药专项检查的通知⟧</h1>
<div class="tools">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="xg"><h3>⟦l 相关文章⟧</h3><ul><li>⟦l 县海洋与渔业局召开春季渔业生产安全会议⟧</li><li>⟦l 2024年水产品质量安全抽检结果公示⟧</li></ul></div>
<footer><p>⟦m 主办：椹原县海洋与渔业局　值班电话：0596-7712030⟧</p><p>⟦m 网站标识码：3506290031　闽ICP备05011237号⟧</p></footer>
<script src="/js/count.js"></script>
</body></html>
""",
        body="""
各镇人民政府，局属各单位，各鲍鱼养殖企业、合作社：
为保障水产品质量安全，规范鲍鱼养殖用药行为，局决定于4月下旬至6月底在全县开展鲍鱼养殖用药专项检查，现将有关事项通知如下。
一、检查范围。全县所有筏式、池塘和工厂化鲍鱼养殖场点。
二、检查内容。重点检查养殖用药记录、休药期执行情况和禁用药品使用情况。
三、工作步骤。4月30日前为自查阶段，5月为检查阶段，6月为整改和总结阶段。
四、联系方式。联系人：郑海文，电话：0596-7712158，邮箱：zyhyj_zj@example.cn。
附件：1.鲍鱼养殖用药专项检查表
2.养殖场点自查情况汇总表
椹原县海洋与渔业局
2025年4月18日
""",
    ),
    dict(
        slug="news-lanbo-scallop-html-photo-caption",
        site="楝城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lianchengnews.example.com/xw/bd/2025-11/06/content_33012.html",
        title="楝城湾扇贝开始采收 亩产较去年增一成",
        record_title="楝城湾扇贝开始采收 亩产较去年增一成_楝城新闻网",
        date="2025-11-06",
        notes="news portal: byline with 发布时间 as the page's date; a photo caption and an ad label between paragraphs; a share bar and 'hot today' list; decorated record title with site suffix",
        page="""
<html><head><meta charset="utf-8"><title>楝城湾扇贝开始采收 亩产较去年增一成_楝城新闻网</title>
<script src="//ads.example.com/slot.js"></script></head>
<body>
<header><div class="logo">⟦m 楝城新闻网 · 楝城日报社主办⟧</div>
<ul class="nav"><li>本地</li><li>时政</li><li>经济</li><li>民生</li><li>视频</li></ul></header>
<div class="path">⟦m 首页 / 本地新闻 / 区县⟧</div>
<h1>⟦t 楝城湾扇贝开始采收 亩产较去年增一成⟧</h1>
<div class="info">⟦m 发布时间：2025-11-06 08:42　来源：楝城日报　记者 贺晓帆 通讯员 柯宁⟧</div>
<article>
<p>11月5日清晨，楝城湾海面上，二十多艘渔船往来穿梭，渔民们忙着把一串串养殖笼吊上船，今年的扇贝采收季正式开始。</p>
<p class="pic">⟦l 图为渔民在楝城湾收获扇贝。记者 贺晓帆 摄⟧</p>
<p>“今年水温合适，没遇上大的风浪，扇贝个头大、出肉率高。”养殖户杜永春一边分拣一边说，他家八十亩海区预计亩产比去年多一成。</p>
<p>据区海洋渔业部门介绍，楝城湾扇贝养殖面积约一点二万亩，今年全面推广了深水抗风浪养殖技术，预计总产量可达三万吨。</p>
<div class="ad">⟦a 广告⟧</div>
<p>为打开销路，当地还在港区新建了扇贝初加工中心和冷链仓库，鲜贝从出海到装车不超过四个小时。</p>
</article>
<div class="editor">⟦m 【责任编辑：孟菲　审核：简磊】⟧</div>
<div class="share">⟦l 转发到：微信 ｜ QQ空间 ｜ 微博⟧</div>
<aside><h3>⟦l 今日热读⟧</h3><ol><li>⟦l 楝城港新开两条内贸航线⟧</li><li>⟦l 市区三条道路本周末夜间施工⟧</li></ol></aside>
<footer>⟦d 楝城新闻网版权所有，未经书面授权禁止转载⟧ ⟦m 互联网新闻信息服务许可证：35120180021⟧</footer>
</body></html>
""",
        body="""
11月5日清晨，楝城湾海面上，二十多艘渔船往来穿梭，渔民们忙着把一串串养殖笼吊上船，今年的扇贝采收季正式开始。
“今年水温合适，没遇上大的风浪，扇贝个头大、出肉率高。”养殖户杜永春一边分拣一边说，他家八十亩海区预计亩产比去年多一成。
据区海洋渔业部门介绍，楝城湾扇贝养殖面积约一点二万亩，今年全面推广了深水抗风浪养殖技术，预计总产量可达三万吨。
为打开销路，当地还在港区新建了扇贝初加工中心和冷链仓库，鲜贝从出海到装车不超过四个小时。
""",
    ),
    dict(
        slug="forum-qinyou-yangqin-insight-junk",
        site="琴友之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.qinyouhome.example.com/thread-40917-1-1.html",
        title="扬琴考级集训心得体会",
        record_title="【原创】扬琴考级集训心得体会",
        date=None,
        notes="a Discuz-like thread: floor meta, anti-scraping junk lines and glued junk, a signature and reply box; a relative time only (no date)",
        junk=dict(lines=2, glued=2),
        page="""
!m 琴友之家论坛 › 民乐交流 › 扬琴专区
!l 上一主题 下一主题
!t 【原创】扬琴考级集训心得体会
!m 楼主　竹韵悠悠　发表于 5 天前　｜只看该作者｜
!m 查看: 3367｜回复: 28
{BODY}
!m 签名：一弦一柱思华年，敲琴十年不言倦
!l 回复　引用　举报　　TOP
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
暑假参加了市少年宫组织的扬琴考级集训，前后二十天，每天六个小时，收获比我想象的多很多。
第一点体会是基本功不能偷懒。老师每天第一节课都让我们练轮竹和快速换把，刚开始手腕酸得抬不起来，一周后明显感觉音色变匀了。
第二点体会是要学会听自己。以前只顾着把音符敲对，集训时老师要求每首曲子录音回听，我这才发现自己的强弱对比几乎没有。
第三点体会是心态比技术更重要。模拟考试那天我太紧张，把最熟的一段弹错了，后来老师教我们考前做深呼吸，把考官当成听众。
总之，这次集训让我明白，考级只是检验，真正的目的是把琴弹好听。
""",
    ),
    dict(
        slug="blog-gaokong-sounding-station-notes-wrapped",
        site="高空之眼的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://blog.zhiyun.example.cn/gaokongzhiyan/article/2025/03/1190.html",
        title="在探空站值守的第十个春节",
        record_title="在探空站值守的第十个春节",
        date="2025-02-06",
        notes="a personal blog, hard-wrapped at 60 columns; a date line under the title in the blog's header; tags, archive and a comment count as lists",
        wrap=60,
        indent="　　",
        page="""
!m 高空之眼的博客 · 记录云上的日子
!m 首页 | 博文目录 | 相册 | 关于我
{T}
!m 2025-02-06 21:15　分类：值班日记　阅读(412)　评论(9)
{BODY}
!l 标签：探空　春节　值班　气象人
!l « 上一篇：放球时遇到了大风　｜　下一篇：新换的雷达跟踪天线 »
!l 文章存档：2025年02月(3)　2025年01月(5)　2024年12月(4)
!d 本博客文字均为原创，转载请注明出处并保留链接。
""",
        body="""
今天是大年初九，也是我在探空站过的第十个春节。早上七点一刻，和往常一样，我和小曹把灌好氢气的探空气球推出放球房，七点十五分准时施放。
很多人不知道探空站是干什么的。简单说，我们每天早晚两次把带着探空仪的气球放上天，测量不同高度的温度、湿度和风，数据传回全国，天气预报离不开它。
站里一共五个人，春节轮班，谁也不能全休。年三十晚上我们在值班室包了饺子，放完晚上那个球才吃上年夜饭。
十年里，我放过三千多个球，遇到过雷雨天气球刚出门就被打破，也遇到过风大得人都站不稳。每次看着气球升上去，心里还是踏实的。
明年站里要换自动放球系统，大家都说以后轻松了。我倒有点舍不得亲手放球的感觉。
""",
    ),
    dict(
        slug="wechat-jinjie-abalone-speech-read-more",
        site="鲍乡椹原 公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://mp.mirror.example.com/s/Bx7kQ2pLr0",
        title="在全县鲍鱼产业发展推进会上的讲话",
        record_title="重磅｜在全县鲍鱼产业发展推进会上的讲话",
        date="2025-03-21",
        notes="a WeChat mirror: account line, original-tag, 'tap the blue words' prompt, a speaker line and a date under the title (neutral; the date is the document's); in-text share prompt that is chrome between paragraphs; 在看/赞 and a 'read the original' line",
        page="""
!a 点击上方蓝字“鲍乡椹原”关注我们
!t 重磅｜在全县鲍鱼产业发展推进会上的讲话
!m 原创　鲍乡椹原　2025年03月22日 09:30　福建
县委副书记、县长　邵振海
（2025年3月21日）
{BODY}
!m 来源：椹原县融媒体中心
!m 编辑：林一苇　｜　审核：黄海燕
!a 阅读原文
!l 分享　收藏　在看　赞
""",
        body="""
同志们：
今天召开全县鲍鱼产业发展推进会，主要任务是总结去年工作，部署今年鲍鱼产业发展重点任务。
去年，全县鲍鱼养殖面积达到一万八千亩，产量三点四万吨，全产业链产值突破六十亿元，鲍鱼已成为群众增收的主导产业。
⟦a ▼ 喜欢本文请点“在看”，转给身边的养殖户 ▼⟧
今年，我们要重点抓好三件事：一是抓种苗，加快建设省级鲍鱼良种场；二是抓加工，引进精深加工企业，提高附加值；三是抓品牌，办好第三届鲍鱼文化节。
各镇、各部门要强化责任，把各项任务落到实处，推动鲍鱼产业高质量发展。
""",
    ),
    dict(
        slug="docshare-yunjuan-yangqin-plan-html-reader",
        site="云卷文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yunjuandoc.example.com/p-88120573.html",
        title="柘原县少年宫扬琴兴趣班2025年春季教学计划",
        record_title="柘原县少年宫扬琴兴趣班2025年春季教学计划（可编辑）",
        date="2025-02-20",
        notes="HTML document-sharing reader: file-info box, a page marker paragraph between two halves of a cut paragraph, download and VIP prompts, an uploader notice; a data table (one row a paragraph)",
        pages=dict(fmt="—— 第 {n} 页 ——", every=90, start=2),
        page="""
<html><head><meta charset="utf-8"><title>柘原县少年宫扬琴兴趣班2025年春季教学计划（可编辑）- 云卷文档</title></head>
<body>
<div id="hd">⟦m 云卷文档 · 让知识流动起来⟧ <a>⟦a 登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div class="docinfo"><h1>⟦t 柘原县少年宫扬琴兴趣班2025年春季教学计划（可编辑）⟧</h1>
<span>⟦m 页数：3　大小：46KB　格式：DOC⟧</span><span>⟦m 贡献者：琴房小王⟧</span></div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 预览已结束，完整文档共3页，点击下载即可获取⟧</div>
<div class="btns"><button>⟦a 下载本文档（5积分）⟧</button><button>⟦a 加入收藏⟧</button></div>
<p class="notice">⟦d 本文档由用户上传分享，云卷文档仅提供存储空间，如侵犯您的权益请联系删除。⟧</p>
<div class="rel">⟦l 相似文档：古筝兴趣班教学计划 | 少儿民乐课程安排表 | 艺术培训学期总结⟧</div>
</body></html>
""",
        body="""
为使学员系统掌握扬琴演奏基础，培养学员对民族音乐的兴趣，结合本学期教学实际，制定本计划。
一、教学对象。本学期扬琴兴趣班共招收学员二十四名，分为初级班和提高班，每周各上课两次。
二、教学目标。初级班学员掌握正确坐姿、持竹方法和单竹、双竹基本技法，能演奏简单乐曲三首；提高班学员掌握轮竹、颤竹技法，能完成一首中等难度乐曲。
三、课时安排
周次　内容　课时
第1至4周　基本姿势与持竹　8
第5至10周　基本技法练习　12
第11至16周　乐曲学习与汇报准备　12
四、汇报演出。学期末举办一次汇报音乐会，邀请家长观摩。
柘原县少年宫
2025年2月20日
""",
    ),
    dict(
        slug="edu-baizhi-notice-icefishing-study-trip",
        site="榆汀县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.yuting.example.gov.cn/tzgg/2025/1210/3307.html",
        title="关于组织中小学生开展冬捕文化研学活动的通知",
        record_title="关于组织中小学生开展冬捕文化研学活动的通知",
        record_date="2025-12-10",
        date="2025-12-10",
        notes="education portal: a document number (neutral), a 回执 placeholder table, 附件; the site's hit counter and a 'print this page' line; 抄送 版记 kept",
        page="""
!m 榆汀县教育信息网
!m 当前位置：首页 >> 通知公告
{T}
!m 发布者：基教股　　点击数：1563　　更新时间：2025-12-10
榆教通〔2025〕87号
{BODY}
!a 【打印此页】　【返回顶部】
!m 榆汀县教育局　地址：榆汀县湖滨大街16号　技术维护：县电教馆
""",
        body="""
各中小学校：
为传承冬捕渔猎文化，丰富学生冬季社会实践，经研究，决定组织全县中小学生分批开展冬捕文化研学活动。现将有关事项通知如下。
一、活动时间：2025年12月28日至2026年1月15日，各校按分配批次参加。
二、活动地点：查干泡冬捕文化展示中心及湖区观赏区。
三、安全要求：各校须按师生比一比十配备带队教师，学生不得进入作业冰面，活动前须对学生进行防冻防滑教育。
四、请各校于12月20日前将回执报基教股。
学校名称：________　带队教师：________　学生人数：____
附件：冬捕文化研学活动批次安排表
榆汀县教育局
2025年12月10日
抄送：县文旅局，县渔政站。
""",
    ),
    dict(
        slug="oa-haiyun-sounding-station-minutes-trail",
        site="省气象探测中心内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.tcz.example.internal/doc/view?id=20250415-0093",
        title="桤川探空站自动放球系统试运行协调会会议纪要",
        record_title="桤川探空站自动放球系统试运行协调会会议纪要",
        date="2025-04-15",
        notes="intranet document view: 流转记录 (approval trail), read counts, attachment download links; minutes' 时间/地点/主持 lines kept",
        page="""
<html><head><meta charset="gbk"><title>公文查看 - 协同办公平台</title></head>
<body>
<div class="bar">⟦m 协同办公平台 V6.2⟧ ⟦m 当前用户：值班员⟧ <a>⟦a 退出⟧</a></div>
<div class="menu"><a>待办</a><a>已办</a><a>公文</a><a>通讯录</a></div>
<table class="head"><tr><td>⟦m 密级：内部⟧</td><td>⟦m 阅读次数：37⟧</td><td>⟦a 打印正文⟧</td></tr></table>
<h2>⟦t 桤川探空站自动放球系统试运行协调会会议纪要⟧</h2>
<div class="doc">
{BODY}
</div>
<div class="fj">⟦a 附件下载：自动放球系统试运行方案.pdf（1.2MB）⟧</div>
<div class="lz"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-04-15 16:20 拟稿：业务科 蔡明远⟧</p><p>⟦m 2025-04-16 09:05 审核：站长 岳海⟧</p><p>⟦m 2025-04-16 10:12 分发：各班组⟧</p></div>
<div class="ft">⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年4月15日下午3时
地点：站业务楼二楼会议室
主持：岳海
参加人员：站领导班子成员，业务科、保障科负责人，各值班组组长，设备厂家技术代表。
会议听取了设备厂家关于自动放球系统安装调试情况的汇报，研究了试运行有关事项。会议议定如下：
一、自4月20日起开展为期三个月的试运行，试运行期间人工放球与自动放球同步进行，数据以人工放球为准。
二、保障科负责制氢和充灌设备的安全检查，每周检查一次并做好记录。
三、各值班组要认真填写试运行日志，发现故障及时报告业务科。
""",
    ),
    dict(
        slug="qa-wenhai-answer-laver-storage",
        site="问海知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://zhidao.wenhai.example.com/question/5509128.html",
        title="干紫菜受潮了还能吃吗？怎么保存？",
        record_title="干紫菜受潮了还能吃吗？怎么保存？ - 问海知道",
        date=None,
        notes="Q&A page: asker line, best-answer badge, helpful votes, 'other answers' list, and a site hotline; the answer itself mentions 扫码 (kept); no date (relative times only)",
        page="""
!m 问海知道 > 生活 > 饮食
!t 干紫菜受潮了还能吃吗？怎么保存？ - 问海知道
!m 提问者：海边的小鹿　｜　2小时前
!m ★ 最佳答案　答主：紫菜老冯（三级）
{BODY}
!l 有用(86)　没用(3)　　评论　分享
!l 其他回答(4) >　相关问题：紫菜和海苔的区别 ｜ 紫菜汤怎么做不腥
!w 商务合作热线：400-660-8123
""",
        body="""
干紫菜轻微受潮、颜色和气味正常的，可以放到平底锅里小火烘一下再吃；如果已经发黏、发白或者有霉味，就不要吃了。
保存干紫菜要注意三点：一是密封，开封后用密封袋挤出空气封好；二是避光，放在阴凉干燥处；三是量少多次买，一次买太多容易受潮。
正规包装的紫菜袋子上都有生产日期和保质期，有的还印了追溯码，买的时候可以扫码查一下产地和批次。
""",
    ),
]
