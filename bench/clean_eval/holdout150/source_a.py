"""holdout150, part A: hop growers (啤酒花), bell-pepper greenhouses (彩椒) and beach
clean-up volunteers (净滩). Everything invented (counties, people, sites, URLs, chrome)."""

CASES = [
    dict(
        slug="fanwen-hop-harvest-speech-decorated",
        site="笔耕范文汇 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bigengfw.example.com/jianghua/2025/38817.html",
        title="在蓁原县2025年啤酒花采收启动仪式上的讲话",
        record_title="【精品推荐】在蓁原县2025年啤酒花采收启动仪式上的讲话（通用可改）_笔耕范文汇",
        date="2025-08-19",
        notes="decorated title; date under the speech title; speaker line neutral; a writing-service prompt glued after a sentence",
        page="""
!m 笔耕范文汇 — 写材料，先来这儿翻翻
!m 您的位置：首页 ＞ 讲话致辞 ＞ 农业农村
{T}
（2025年8月19日）
县农业农村局局长　祁向川
!a 【一键复制全文】　【存为Word】　【加入收藏夹】
{BODY}
!l 本栏目还有：在啤酒花产业座谈会上的发言｜农机手安全培训开班讲话
!d 本站范文由会员投稿整理，版权归原作者，如有侵权请来函删除。
!m 浏览：4,318次　更新：前天
""",
        body="""
同志们，今天我们在城关镇花田村举行全县啤酒花采收启动仪式，标志着今年的采收工作全面展开。
今年全县啤酒花种植面积达到一万二千亩，预计干花产量一千八百吨，比去年增长一成左右。⟦w 写不出稿子？私人定制讲话稿，加微信 bgfw_2088⟧
一要抓住最佳采收期，各乡镇要按照花体成熟度分片安排，确保五天内完成头茬采收。
二要守住质量关，烘干温度不得超过六十度，严禁露天堆放和淋雨受潮。
三要保障安全生产，采收机械操作人员必须经过培训，夜间作业要有照明和专人值守。
""",
    ),
    dict(
        slug="wenku-pepper-plan-wave-markers",
        site="汇典文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.huidian.example.com/view/a7c1e93f20.html",
        title="萁城镇彩椒大棚提质增效实施方案",
        record_title="萁城镇彩椒大棚提质增效实施方案.docx",
        date="2025-02-26",
        notes="file-name title; page markers of my own form cutting sentences; preview-end prompt; 成文日期 at the end",
        pages=dict(fmt="∽ {n} ∽", every=70, start=2, glue=False),
        page="""
!m 汇典文库　|　海量文档　随心下载
!m 萁城镇彩椒大棚提质增效实施方案.docx　　页数：5　　大小：38KB
!a 开通会员免费下载本文
{BODY}
!a —— 预览到此结束，余下3页需付费阅读 ——
!l 相关文档：彩椒种植技术要点.pdf　设施蔬菜补贴申报表.xls
""",
        body="""
为加快全镇彩椒产业转型升级，提高大棚单位面积效益，结合我镇实际，制定本方案。
一、目标任务。到2025年底，改造老旧大棚三百座，推广水肥一体化面积八百亩，彩椒亩均收入提高到三万元以上。
二、主要措施。推行嫁接育苗和熊蜂授粉，统一使用可降解吊绳，建立产地准出检测点，每批次上市前抽检农残。
三、保障措施。镇政府成立工作专班，每月调度一次进度，对完成改造的农户按每座两千元给予奖补。
萁城镇人民政府
2025年2月26日
""",
    ),
    dict(
        slug="gov-beach-cleanup-notice-html-portal",
        site="蘩口区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.fankou.example.gov.cn/zwgk/tzgg/202506/t20250603_55120.html",
        title="蘩口区关于开展“蓝色海湾”净滩志愿活动的通知",
        record_title="蘩口区关于开展“蓝色海湾”净滩志愿活动的通知_通知公告_蘩口区人民政府",
        date="2025-06-03",
        notes="modern county portal with 索引号 table, accessibility row, sidebar, footer; document's own 联系人/电话 beside the portal's hotline; 附件 list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>蘩口区关于开展“蓝色海湾”净滩志愿活动的通知_通知公告_蘩口区人民政府</title>
<script>var siteId="fk01";</script></head>
<body>
<div class="topbar"><span>⟦m 欢迎访问蘩口区人民政府门户网站⟧</span> <a>⟦a 无障碍浏览⟧</a> <a>⟦a 长辈版⟧</a></div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 办事服务⟧</li></ul></nav>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11350207MB0P31225R/2025-01877⟧</td><td>⟦m 发布机构：蘩口区海洋与渔业局⟧</td></tr></table>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-06-03　来源：区海洋与渔业局　浏览量：1207⟧ <span>⟦a 【打印本页】【关闭窗口】⟧</span></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微博　微信　QQ空间⟧</div>
<aside><h3>⟦l 热点专题⟧</h3><ul><li>⟦l 海洋生态保护红线划定⟧</li><li>⟦l 伏季休渔期执法检查⟧</li></ul></aside>
<footer><p>⟦m 主办：蘩口区人民政府办公室　政务服务热线：0592-12345⟧</p><p>⟦m 闽ICP备05031772号-1⟧</p><p>⟦d 版权所有 未经许可不得转载⟧</p></footer>
</body></html>
""",
        body="""
各街道办事处，区直有关单位：
为保护近岸海域生态环境，营造洁净美丽的滨海岸线，定于6月8日世界海洋日期间在全区开展“蓝色海湾”净滩志愿活动。现将有关事项通知如下。
一、活动时间：2025年6月8日上午8时至11时，遇大风或雷雨天气顺延。
二、活动地点：沙坪湾、鹭屿西岸、渔港北堤三处岸段。
三、组织方式：各街道组织志愿者不少于五十人，自带手套和饮用水，垃圾袋和夹子由区海洋与渔业局统一发放。
四、工作要求：活动中注意潮汐变化，不得进入礁石区和警戒区域，收集的垃圾分类称重后交环卫部门处置。
联系人：詹晓芸　电话：0592-5307716
附件：1.净滩岸段分工表
2.志愿者报名汇总表
蘩口区海洋与渔业局
2025年6月3日
""",
    ),
    dict(
        slug="news-hop-export-byline-html",
        site="西陲晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xichuiwb.example.com/nongye/2025-09/12/content_771203.htm",
        title="蓁原啤酒花首次出口中亚",
        record_title=None,
        date="2025-09-12",
        notes="missing record title; byline 发布时间 is the date; photo caption between paragraphs; editor line glued after the last paragraph; 24-hour list",
        page="""
<html><head><meta charset="gbk"><title>蓁原啤酒花首次出口中亚-西陲晚报网</title></head>
<body>
<div id="logo">⟦m 西陲晚报网·农业频道⟧</div>
<div id="menu">⟦m 要闻 | 本地 | 农业 | 财经 | 视频⟧</div>
<h2>{T}</h2>
<p class="byline">⟦m 发布时间：2025-09-12 08:41　来源：西陲晚报　记者 木合塔尔 姚立成⟧</p>
<div class="fontsize">⟦a 字号：大 中 小⟧</div>
{BODY}
<div class="hot"><b>⟦l 24小时热读⟧</b><ol><li>⟦l 秋季农资价格平稳⟧</li><li>⟦l 县城新开两条公交线路⟧</li></ol></div>
<div class="foot">⟦d 西陲晚报网所刊稿件未经书面授权不得转载⟧　⟦m 新出网证（新）字087号⟧</div>
</body></html>
""",
        body="""
本报讯　11日，满载二十吨压缩颗粒啤酒花的集装箱从蓁原县物流园发车，经霍尔果斯口岸运往中亚，这是该县啤酒花首次出口。
据县商务局介绍，这批啤酒花由县内三家合作社联合供货，采用真空充氮包装，可保存两年以上。
⟦m 图为工人在物流园装运啤酒花。本报记者 姚立成 摄⟧
今年以来，县里引进两条颗粒加工线，把花农手中的散花变成标准化产品，每吨售价提高约四千元。⟦m （编辑：韩素）⟧
""",
    ),
    dict(
        slug="forum-pepper-grower-post-junk",
        site="菜农之家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.cainongzhijia.example.net/thread-402917-1-1.html",
        title="今年彩椒坐果差，说说我的三点教训",
        record_title="[种植交流] 今年彩椒坐果差，说说我的三点教训 - 设施蔬菜版 - 菜农之家论坛",
        date="2025-04-07",
        notes="forum post; junk lines and glued junk; 发表于 byline date; floor and signature chrome",
        junk=dict(lines=1, glued=2),
        page="""
!m 菜农之家论坛 › 设施蔬菜版 › 种植交流
!m 查看: 2871 | 回复: 46
{T}
!m 楼主　苈湖老崔　发表于 2025-4-7 21:15
!m 只看该作者　倒序浏览
{BODY}
!m 本帖最后由 苈湖老崔 于 2025-4-8 07:02 编辑
!l 回复　支持(12)　反对(0)　举报
!a 登录后才能参与讨论，没有账号？立即注册
""",
        body="""
种了六年彩椒，今年第一次栽这么大跟头，前三层果掉了一大半，写出来给大家提个醒。
第一是夜温压得太低，为了省煤把夜间温度控制在十二度，结果花粉活力不行，授粉不好就落花。
第二是氮肥追得太猛，植株长得像树一样旺，营养都跑到叶子上去了，果实反而坐不住。
第三是通风太晚，中午棚里三十五度还没放风，高温加上高湿，花一开就蔫了。
现在调整了半个月，第四层果总算坐住了，希望大家少走弯路。
""",
    ),
    dict(
        slug="blog-beach-volunteer-wrapped",
        site="拾贝手记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://shibei.example-blog.cn/post/2025/05/beach-day.html",
        title="第一次去净滩，捡了四十斤塑料",
        record_title="【海边随记】第一次去净滩，捡了四十斤塑料 | 拾贝手记",
        date="2025-05-18",
        notes="blog post hard-wrapped at 60 columns; bracketed post time; tags, archive and comment box",
        wrap=60,
        indent="　　",
        page="""
!m 拾贝手记 —— 一个在海边长大的人
!m 首页 / 归档 / 关于我
{T}
!m [2025-05-18 22:40]　分类：海边随记　阅读(362)
{BODY}
!l 标签：净滩　海洋垃圾　志愿者
!l « 上一篇：退潮后的蟹洞　｜　下一篇：台风过后的沙滩 »
!l 发表评论（共7条）
!d 本博客文字原创，转载请保留署名及链接。
""",
        body="""
早上六点半，我跟着蕺山海洋志愿者协会的队伍到了北湾沙滩，领了手套、长夹子和编织袋，按小组分到两百米长的一段海岸线。
原以为沙滩挺干净，蹲下来才发现，沙子里埋着数不清的瓶盖、烟头、泡沫颗粒，还有缠成一团的渔网线，一扯就是一大把。
三个小时下来，我们组一共捡了四十斤垃圾，其中塑料占了大半，领队说这个比例和去年的监测数据差不多。
回家的路上我一直在想，少用一个塑料袋也许不算什么，但如果每个人都这样做，海边就会少很多这样的一团乱麻。
""",
    ),
    dict(
        slug="wechat-hop-coop-letter-html",
        site="公号存档站 (invented)",
        style="公众号镜像",
        genre="公开信",
        kind="letter",
        form="html",
        source="https://gzh.cundang.example.com/s/Hk29xPqL0wa",
        title="致全体社员的一封信：今年啤酒花统一收购价定了",
        record_title="致全体社员的一封信：今年啤酒花统一收购价定了",
        date="2025-08-25",
        notes="WeChat-style mirror; account line is the page date; sentence telling readers to 扫码 kept; read-more / like / follow chrome; table with ideographic spaces",
        page="""
<html><head><meta charset="utf-8"><title>致全体社员的一封信：今年啤酒花统一收购价定了</title></head>
<body><div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 蓁原绿源啤酒花合作社　2025-08-25 18:30　新疆⟧</div>
<div class="tip">⟦a 点击上方蓝字关注我们，获取最新收购信息⟧</div>
{BODY}
<div class="tool">⟦l 阅读 2065　分享　在看 38⟧</div>
<div class="qr">⟦a 长按识别二维码，加入社员交流群⟧</div>
<div class="mirror">⟦d 本页面为公众号文章存档，内容版权归原公众号所有⟧</div>
</div></body></html>
""",
        body="""
各位社员：
经合作社理事会研究，并参考今年国内外市场行情，现将2025年啤酒花统一收购价格公布如下。
等级　α酸含量　收购价（元/公斤）
特级　9%以上　46
一级　7%至9%　40
二级　5%至7%　33
收购时间为9月1日至10月15日，地点在合作社烘干厂院内，请大家按照村组顺序排队交售。
交售前请扫描烘干厂门口的二维码填写预约信息，没有智能手机的社员可以请村组长代填。
蓁原绿源啤酒花合作社理事会
2025年8月25日
""",
    ),
    dict(
        slug="docshare-pepper-training-upload-notice",
        site="共享文档馆 (invented)",
        style="文档分享",
        genre="培训讲义",
        kind="other",
        form="text",
        source="https://www.gxwdg.example.com/doc/88301275.html",
        title="彩椒嫁接育苗技术培训讲义",
        record_title="彩椒嫁接育苗技术培训讲义（可编辑版）",
        date=None,
        notes="decorated title; upload and crawl stamps are not dates; upload notice in own words; numbered list and decimal headings",
        page="""
!m 共享文档馆 › 农林牧渔 › 蔬菜栽培
{T}
!m 上传者：萁城农技小刘　上传时间：3天前　下载积分：2
!a 立即下载　|　加入文件夹　|　举报
{BODY}
!d 本文档由用户自行上传分享，平台仅提供存储空间，若涉及侵权请联系我们处理。
!m 采集时间：2025-10-02 03:11:56
!l 猜你喜欢：番茄嫁接图解　黄瓜穴盘育苗
""",
        body="""
1.嫁接的好处
1.1 提高抗土传病害能力，特别是疫病和根腐病。
1.2 根系发达，耐低温能力增强，前期产量可提高两成。
2.操作要点
2.1 砧木比接穗提前七天播种，砧木长到五片真叶时嫁接。
2.2 采用劈接法，切口要平滑，嫁接夹夹紧后立即移入愈合棚。
3.嫁接后管理
前三天遮光保湿，湿度保持在百分之九十五以上，第四天起逐步见光，十天后转入正常管理。
""",
    ),
    dict(
        slug="edu-beach-school-notice-html",
        site="蔚川区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.weichuan.example.gov.cn/tzgg/2025/0418/2213.html",
        title="关于组织中小学生参加海洋环保净滩研学活动的通知",
        record_title="关于组织中小学生参加海洋环保净滩研学活动的通知 - 蔚川区教育局",
        date="2025-04-18",
        notes="old table layout, marquee, visitor counter; 抄送 line kept; 发布时间 and 成文日期 equal; 下载 in a sentence kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于组织中小学生参加海洋环保净滩研学活动的通知 - 蔚川区教育局</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 蔚川区教育局　今天是：2025年10月3日 星期五⟧</td></tr>
<tr><td><marquee>⟦l 热烈祝贺我区学子在省中小学生科技创新大赛中获佳绩！⟧</marquee></td></tr>
<tr><td>⟦m 首页 | 教育动态 | 通知公告 | 招生考试 | 政策法规⟧</td></tr></table>
<table width="980" align="center"><tr><td width="200">⟦l 快速通道：校长信箱　教师招聘　学籍查询⟧</td>
<td>
<h3>{T}</h3>
<div>⟦m 发布时间：2025-04-18　点击数：[ 693 ]⟧</div>
{BODY}
</td></tr></table>
<div align="center">⟦m 您是本站第 0381276 位访客⟧</div>
<div align="center">⟦m 地址：蔚川区学府路9号　邮编：361220⟧</div>
</body></html>
""",
        body="""
各中小学：
为增强学生海洋环保意识，区教育局与区海洋环保志愿者联合会定于5月开展净滩研学活动，每校推荐学生二十名、带队教师两名。
活动内容包括海洋垃圾分类识别、潮间带生物观察和净滩实践，全程由专业志愿者讲解。
请各校于4月28日前将报名表报送区教育局德育科，报名表可在本通知附件中下载。
学生须由监护人签署安全告知书，活动当天统一购买意外伤害保险。
附件：净滩研学活动报名表
蔚川区教育局
2025年4月18日
抄送：区海洋环保志愿者联合会
""",
    ),
    dict(
        slug="oa-hop-plant-minutes-intranet",
        site="西原啤酒集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.xiyuanbeer.example.local/doc/view?id=20250714031",
        title="原料部关于新季啤酒花验收工作的会议纪要",
        record_title="内部资料-原料部关于新季啤酒花验收工作的会议纪要",
        date="2025-07-14",
        notes="intranet document view; minutes' 时间/地点/主持/参会/记录 lines kept; 流转记录 chrome; date only in 时间 line and 成文日期",
        page="""
!m 西原啤酒集团协同办公平台　｜　公文管理 ＞ 会议纪要
!m 文档编号：YL-2025-031　密级：内部
{T}
!a [打印]　[导出PDF]　[转发]
{BODY}
!m 流转记录：起草 苏敏 07-14 16:20 → 审核 卢国强 07-15 09:03 → 签发 宁远 07-15 14:48
!m 已阅 37 人　未阅 4 人
!d 内部资料，严禁外传
""",
        body="""
时间：2025年7月14日下午3时
地点：集团三楼第二会议室
主持：卢国强
参会：原料部、质检中心、采购部、麦芽厂负责人
记录：苏敏
会议研究了新季啤酒花到货验收工作，议定如下事项。
一、今年新花实行到货必检，α酸、水分和杂质三项指标由质检中心在四十八小时内出具结果。
二、水分超过百分之十的批次一律退回，由采购部与供应商协商处理。
三、冷库温度保持在零下二度至二度之间，入库后每周巡检一次。
原料部
2025年7月14日
""",
    ),
    dict(
        slug="qa-pepper-color-answer",
        site="知农问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.zhinong.example.com/q/7712093",
        title="彩椒为什么迟迟不转色？",
        record_title=None,
        date="2025-11-03",
        notes="missing record title: the question on the page; 回答于 is the date; vote bar and more-answers chrome; a relative time in another answer's stamp",
        page="""
!m 知农问答 - 种养殖难题，有问必答
{T}
!m 2个回答　·　被浏览 915 次
!m 萁城农技站 蔬菜栽培高级农艺师　回答于 2025-11-03
{BODY}
!l 赞同 64　｜　反对　｜　收藏　｜　评论 5
!l 查看其他1个回答（2小时前）
!l 相关问题：彩椒果面出现白斑是什么病？
""",
        body="""
彩椒转色慢，主要和温度、光照、挂果量三个因素有关。
转色最适宜的温度是白天二十五至二十八度，夜间十六度以上，冬季棚温偏低是转色慢的首要原因。
其次是光照不足，棚膜老化或者灰尘多，要及时清洗或者更换。
再就是单株挂果太多，养分供应不上，建议每株同时留果不超过五个。
另外，可以适当增施钾肥，不建议使用乙烯利催色，容易造成果实变软、不耐储运。
""",
    ),
]
