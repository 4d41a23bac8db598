"""holdout173, part A: thumbtacks (图钉) — a stationery-hardware cluster, a school's notice-board
rule, a spot check, a factory's minutes, a parent's forum post and more. Invented text throughout."""

CASES = [
    dict(
        slug="fanwen-tuding-speech-cluster",
        site="笔耕范文屋 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bigengfw.example.com/jianghua/2025/0913/88217.html",
        title="在全县图钉产业集群质量提升推进会上的讲话",
        record_title="在全县图钉产业集群质量提升推进会上的讲话（精选）",
        date="2025-09-12",
        notes="old gb2312 table layout; speaker and date lines neutral under the title; marquee, font row, floating ghost-writer box, counter",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在全县图钉产业集群质量提升推进会上的讲话（精选）-笔耕范文屋</title>
<script>var _hit=1;</script></head><body>
<table width="960" align="center"><tr><td><marquee>⟦m 笔耕范文屋——每天更新三百篇实用文稿，写材料不再熬夜⟧</marquee></td></tr>
<tr><td class="nav">⟦m 网站首页 | 讲话致辞 | 工作计划 | 述职述廉 | 心得感悟 | 合同范本⟧</td></tr>
<tr><td>⟦m 您所在位置：首页 &gt;&gt; 讲话致辞 &gt;&gt; 会议讲话⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2>{T}</h2>
<p>⟦a 【字体：特大 适中 偏小】【关闭窗口】⟧</p>
<p>县委常委、副县长　韦启明</p>
<p>（2025年9月12日）</p>
{BODY}
<p>⟦l 上一篇：在全县秋季森林防火工作会议上的讲话⟧<br>⟦l 下一篇：在县总工会十届四次全委会上的讲话⟧</p>
</td><td width="240" valign="top">
<div>⟦l 本栏热门⟧</div>
<div>⟦l ·乡镇党委书记抓基层党建述职报告⟧</div>
<div>⟦l ·2025年秋季开学典礼校长发言稿⟧</div>
<div id="float">⟦w 笔杆子代笔服务　原创讲话稿　Q号：2903317760⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站部分文章来自网友投稿，如有侵权请来信告知，核实后立即删除。⟧</td></tr>
<tr><td>⟦m 您是本站第 0338271 位访客　粤ICP备19087732号-2⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县图钉产业集群质量提升推进会，主要任务是总结上半年全县图钉及文具五金行业发展情况，分析存在的问题，部署下一阶段质量提升工作。
一、正视差距，认清行业面临的形势
全县现有图钉生产企业四十七家，年产各类图钉、工字钉、推钉约九十亿枚，占全国市场份额近三成。但也要看到，低价竞争、针尖强度不达标、钉帽塑料含回收料等问题仍然存在，今年省抽检中我县有三批次产品不合格。
二、突出重点，扎实推进质量提升行动
要抓好标准对标，引导企业对照行业标准开展针体硬度、拔脱力等项目自检；要抓好设备改造，年内完成十二条冷镦生产线的自动化升级；要抓好品牌培育，支持龙头企业申报省级名牌产品。
三、强化保障，确保各项任务落到实处
各乡镇和县直有关部门要把图钉产业质量提升列入年度重点工作，市场监管部门要加大抽检频次，对连续不合格的企业依法依规处理。
同志们，小图钉连着大民生，希望大家齐心协力，推动全县图钉产业由“量大”向“质优”转变。
""",
    ),
    dict(
        slug="wenku-tuding-survey-paged",
        site="知行文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.zhixing.example.com/view/7c81d0a2e4.html",
        title="关于我市办公图钉市场质量状况的调研报告",
        record_title="关于我市办公图钉市场质量状况的调研报告.docx",
        date=None,
        notes="file-name title; page markers 〖2〗 cutting sentences; a preview-end prompt; year only in the text, no date",
        pages=dict(fmt="〖{n}〗", every=150, start=2, glue=False),
        page="""
!m 知行文库 > 行业资料 > 轻工文具
!t 关于我市办公图钉市场质量状况的调研报告
!m 贡献者：晴川小鹿　｜　页数：4页　｜　浏览：1204次
!a 免费预览已结束，开通知行会员可阅读全文并下载
{BODY}
!a 本文档共4页，当前仅展示前3页
!l 相关文档：图钉拔脱力测试方法　文具五金行业年度分析
!d 知行文库仅提供信息存储空间服务，文档内容由用户上传，如有侵权请联系平台处理。
""",
        body="""
为了解我市办公用图钉的质量状况，市消费者权益保护委员会于今年三月至五月对全市二十三家文具店、九家大型超市及四个网络店铺销售的图钉进行了调研。
一、基本情况
本次共购买样品三十六个批次，其中金属帽图钉十四批次、塑料帽工字钉十五批次、彩色推钉七批次。样品价格从每盒一元到十二元不等。
二、发现的主要问题
一是部分产品针体过软，按压软木板时针尖弯折；二是部分塑料钉帽与针体粘接不牢，拔出时钉帽脱落；三是个别产品包装未标注生产厂名厂址和执行标准。
三、意见建议
建议生产企业加强原材料进厂检验，建议销售者建立进货查验制度，建议消费者选购时查看包装标识，不购买“三无”产品。
""",
    ),
    dict(
        slug="gov-tuding-spotcheck-index-table",
        site="荟川县市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.huichuan.example.gov.cn/xxgk/tzgg/202507/t20250718_55102.html",
        title="荟川县市场监督管理局关于2025年第二季度图钉产品质量监督抽查情况的通报",
        record_title=None,
        date="2025-07-18",
        notes="modern county portal; 长者模式/读屏 links; 索引号 table; document number neutral; 联系人/电话 of the document kept next to the site's hotline",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>荟川县市场监督管理局关于2025年第二季度图钉产品质量监督抽查情况的通报</title>
<link rel="stylesheet" href="/css/main.css"><script src="/js/jquery.min.js"></script></head><body>
<header><div class="top-bar">⟦a 长者模式⟧ ⟦a 读屏专用⟧ ⟦a 登录⟧</div>
<div class="logo">⟦m 荟川县人民政府　荟川县市场监督管理局⟧</div>
<nav>⟦m 首页 机构概况 政务公开 办事服务 互动交流⟧</nav></header>
<div class="crumb">⟦m 当前位置：首页 - 政务公开 - 通知公告⟧</div>
<table class="index"><tr><td>⟦m 索引号：114323007801322H/2025-00213⟧</td><td>⟦m 主题分类：质量监管⟧</td></tr>
<tr><td>⟦m 发布机构：县市场监管局⟧</td><td>⟦m 成文日期：2025-07-18⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">荟市监质〔2025〕17号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭】⟧ ⟦l 分享到：微博 微信⟧</div>
<footer><p>⟦m 主办：荟川县人民政府办公室　承办：荟川县市场监督管理局⟧</p>
<p>⟦m 投诉举报热线：0738-12315　网站标识码：4313230012⟧</p>
<p>⟦m 湘ICP备18020455号　湘公网安备43132302000211号⟧</p></footer>
<script>document.getElementById('count').innerHTML='1';</script></body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
根据年度产品质量监督抽查计划，我局于2025年4月至6月对全县图钉生产、销售企业开展了产品质量监督抽查，现将有关情况通报如下。
一、抽查基本情况
本次共抽查图钉产品二十批次，涉及生产企业十二家、销售单位五家。检验项目包括针体硬度、钉帽拔脱力、尺寸偏差和标志标识。
二、抽查结果
经检验，合格十七批次，不合格三批次，批次合格率为百分之八十五。不合格项目主要为钉帽拔脱力和标志标识。
序号　企业名称　产品名称　不合格项目
1　荟川县明锐文具厂　彩色工字钉　钉帽拔脱力
2　荟川县金针五金厂　平头图钉　标志标识
3　荟川县永泰塑胶制品厂　推钉　钉帽拔脱力
三、处理要求
对抽查不合格的企业，责令其自收到检验报告之日起停止生产销售同一产品，限期六十日内完成整改，逾期未整改的依法予以处理。
联系人：谭晓岚　电话：0738-7712046
荟川县市场监督管理局
2025年7月18日
""",
    ),
    dict(
        slug="news-tuding-export-fair",
        site="荟川融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hcrongmei.example.cn/news/jingji/2025-10/22/content_301766.htm",
        title="小图钉“钉”出大市场 荟川文具五金亮相秋季出口商品交易会",
        record_title="小图钉“钉”出大市场 荟川文具五金亮相秋季出口商品交易会_荟川融媒",
        date="2025-10-22",
        notes="byline 发布时间 is the page date; an ad label between paragraphs; editor line; related news",
        page="""
!m 荟川融媒　|　首页　时政　经济　民生　文旅
{T}
!m 发布时间：2025-10-22 09:41　来源：荟川县融媒体中心　记者：覃雨桐
!a A- A A+
{BODY}
!m （责任编辑：石一帆　审核：龙佳）
!l 相关新闻
!l 荟川文具五金商会召开年度会员大会
!l 全县外贸企业用工对接会举行
!d 本网原创稿件，未经授权不得转载、摘编。
""",
        body="""
本报讯　10月20日，在秋季出口商品交易会上，荟川县十一家图钉及文具五金企业集体参展，现场签订意向订单两千一百万元。
展位上，五颜六色的工字钉、透明推钉和磁性图钉吸引了不少外商驻足。荟川县明锐文具厂负责人介绍，今年企业新开发的可降解钉帽图钉，已拿到三个欧洲客户的订单。
⟦a 广告⟧
据了解，荟川县图钉产业起步于上世纪八十年代，目前已形成从线材拉拔、冷镦成型到注塑包装的完整链条，产品远销四十多个国家和地区。
县商务局相关负责人表示，下一步将继续组织企业参加境内外展会，帮助企业拓展新兴市场。
""",
    ),
    dict(
        slug="forum-tuding-parent-thread-junk",
        site="家有小学生论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.jiayouxiaoxuesheng.example.com/thread-228071-1-1.html",
        title="孩子在教室被图钉扎了手，学校的软木板该不该换？",
        record_title=None,
        date=None,
        notes="Discuz-like thread; jammer junk as lines and glued; reply box and floor numbers; relative time is no date",
        junk=dict(lines=2, glued=2),
        page="""
!m 家有小学生论坛 › 家校沟通 › 查看主题
!m 查看: 2310｜回复: 47
{T}
!m 楼主　豆豆妈妈ZZ　发表于 3 天前
!m 只看该作者　倒序浏览
{BODY}
!l 回复　举报　支持(32)　反对(1)
!m 沙发　云朵朵　发表于 前天 21:07
!l 快速回复：您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
昨天放学接孩子，发现她左手食指包着创可贴，一问才知道是在教室后面的展示板上摸到了一颗倒着的图钉。
老师说是前一天换手抄报时掉下去的，没有人注意，孩子去贴自己的画正好按到了。
我去教室看了一下，那块软木板已经很旧了，很多地方一按就陷下去，图钉根本插不牢，掉得到处都是。
想问问各位家长，你们学校是怎么处理的？有没有换成磁性白板或者用粘钩代替图钉的？
我打算在家委会群里提一下，大家觉得这样提合适吗？
""",
    ),
    dict(
        slug="blog-tuding-collector-html",
        site="钉帽收藏小记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://dingmao.example-blog.net/2025/03/old-thumbtacks.html",
        title="抽屉里的老图钉",
        record_title="抽屉里的老图钉 - 钉帽收藏小记",
        date="2025-03-09",
        notes="blog with tag cloud, archive and comments; date from the post's date line",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>抽屉里的老图钉 - 钉帽收藏小记</title>
<style>.post{max-width:720px}</style></head><body>
<div id="header"><h1>⟦m 钉帽收藏小记⟧</h1><p>⟦m 一个人，一抽屉旧东西⟧</p></div>
<div id="menu">⟦m 首页 · 归档 · 关于我 · 留言板⟧</div>
<div class="post"><h2>{T}</h2>
<div class="meta">⟦m 2025-03-09 周日　分类：旧物　阅读(512)　评论(6)⟧</div>
{BODY}
<div class="tags">⟦l 标签：图钉 旧物 八十年代 收藏⟧</div>
<div class="nav">⟦l « 一枚搪瓷徽章⟧　⟦l 铁皮文具盒的记忆 »⟧</div>
</div>
<div id="comments"><h3>⟦l 6 条评论⟧</h3>
<p>⟦l 林间小路：我家也有这种铜帽的，小时候用来钉奖状。⟧</p>
<p>⟦l 发表评论（昵称必填）⟧</p></div>
<div id="sidebar"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (7)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 旧物 徽章 文具 火花 邮票⟧</p></div>
<div id="footer">⟦d © 2025 钉帽收藏小记 · 文字转载请注明出处⟧</div>
</body></html>
""",
        body="""
整理父亲留下的书桌，在最下面一个抽屉里找到一个圆形铁皮盒，打开一看，是满满一盒老图钉。
这些图钉的钉帽是黄铜的，有的已经发黑，盒盖上印着“东风牌”三个字和一个地址，是一家早已不在的五金厂。
父亲年轻时在公社当文书，墙上的通知、表格、宣传画，都是靠这样一颗颗图钉按上去的。他说那时候图钉金贵，撕下旧通知时要把图钉一颗颗收好，下回接着用。
我挑了几颗还算干净的，按在书房的软木板上，钉着女儿的课程表。铜帽在灯下泛着旧旧的光，好像把两代人的日子连在了一起。
""",
    ),
    dict(
        slug="wechat-tuding-safety-reminder",
        site="晨曦幼儿园 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.weixin-mirror.example.com/s/Tx8kQm2VbRr0",
        title="教室里的小图钉，安全隐患别忽视——致家长的一封信",
        record_title="教室里的小图钉，安全隐患别忽视——致家长的一封信",
        date="2025-04-15",
        notes="WeChat mirror; account line and time; reward, 在看 rows; sentences of the document telling parents to 扫码/关注 kept",
        page="""
<html><head><meta charset="utf-8"><title>教室里的小图钉，安全隐患别忽视——致家长的一封信</title></head><body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 原创　晨曦幼儿园保教处　晨曦幼儿园　2025-04-15 17:30　湖南⟧</div>
<div class="content">
{BODY}
</div>
<p>⟦a 喜欢作者 赞赏⟧</p>
<p>⟦a 阅读 1871　　赞 40　　在看 12⟧</p>
<p>⟦l 写留言⟧</p>
<p>⟦l 精选留言：小二班涵涵爸爸 支持！家里的也收起来了⟧</p>
<p>⟦a 微信扫一扫 关注该公众号⟧</p>
</div></body></html>
""",
        body="""
亲爱的家长朋友们：
近期，我园在安全检查中发现，个别班级的主题墙和家园栏仍在使用金属图钉，部分图钉松动脱落，存在扎伤幼儿的隐患。
为此，园部已决定全园停用金属图钉，改用无痕胶条和魔术贴固定作品，并由保教处逐班清查。
我们也请家长配合：家中的图钉、大头针等尖锐文具请放在孩子拿不到的地方；孩子带作品来园时，请不要用图钉固定。
如发现孩子身上有刺伤，请及时告知班级老师。更多安全小知识，家长可扫描班级群里的二维码观看保健医生录制的小视频。
让我们携手，为孩子们营造一个安全的成长环境。
晨曦幼儿园
2025年4月15日
""",
    ),
    dict(
        slug="docshare-tuding-workshop-rule",
        site="易分享文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.yifenxiang.example.com/p-90321774.html",
        title="图钉冷镦车间安全操作规程",
        record_title="图钉冷镦车间安全操作规程【可编辑】",
        date=None,
        notes="decorated title; numbered list kept; download prompts and uploader notice; no date",
        page="""
!m 易分享文档 - 专业文档在线分享平台
!t 图钉冷镦车间安全操作规程
!m 上传人：jx_wujin88　上传时间：2 小时前　格式：DOC　大小：28KB
!a 下载积分：5　　立即下载　　加入收藏
{BODY}
!a 下载文档到电脑，查找使用更方便
!d 声明：本站文档均由用户自行上传，本站不对内容的准确性负责。
!l 猜你喜欢：冲压车间安全操作规程 | 注塑机安全操作规程 | 五金厂岗位职责
""",
        body="""
一、上岗前必须穿戴好工作服、防护眼镜和防噪耳塞，长发须盘入工作帽内。
二、开机前检查冷镦机各部位紧固螺栓有无松动，模具安装是否牢固，润滑油是否充足。
三、送料时手指不得伸入送料轮与切料刀之间，调整线材必须停机进行。
四、运行中发现钉尖成型不良、钉帽偏心等异常，应立即按下急停按钮，报告班长处理。
五、成品图钉应装入带盖料箱，不得散放在地面和工作台边缘，防止扎伤。
六、下班前切断电源，清理车间内散落的线材头和废钉，做好交接班记录。
""",
    ),
    dict(
        slug="edu-tuding-board-rule",
        site="荟川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.huichuan.example.gov.cn/tzgg/2025/0902/3381.html",
        title="关于规范中小学教室展示板使用管理的通知",
        record_title="关于规范中小学教室展示板使用管理的通知",
        record_date="2025-09-02",
        date="2025-09-02",
        notes="education bureau; 无障碍/关怀版 links; 附件 list kept; 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>关于规范中小学教室展示板使用管理的通知-荟川县教育局</title></head><body>
<div class="top">⟦a 无障碍⟧ | ⟦a 关怀版⟧ | ⟦m 2025年9月2日 星期二⟧</div>
<div class="banner">⟦m 荟川县教育局 办人民满意的教育⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策文件⟧</li></ul>
<div class="pos">⟦m 首页 ＞ 通知公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布时间：2025-09-02　作者：安全办　浏览次数：966⟧</div>
{BODY}
<div class="print">⟦a [打印] [关闭窗口]⟧</div>
<div class="foot">⟦m 地址：荟川县教育路8号　邮编：418300⟧<br>⟦d 版权所有：荟川县教育局⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为消除教室内尖锐物品带来的安全隐患，现就规范教室展示板使用管理有关事项通知如下。
1. 各校要在9月20日前完成对教室黑板报、展示板、图书角的排查，低年级教室一律停用金属图钉。
2. 确需使用图钉的，应选用大帽塑料图钉，并由教师负责张贴和取下，学生不得自行操作。
3. 各校要建立展示板定期检查制度，每周由班主任检查一次，发现图钉松动、脱落的及时处理。
4. 排查整改情况请于9月25日前报县教育局安全办。
附件：1. 教室展示板安全排查表
2. 整改情况汇总表
荟川县教育局
2025年9月2日
抄送：县人民政府办公室，县市场监督管理局。
""",
    ),
    dict(
        slug="intranet-tuding-factory-minutes",
        site="明锐文具OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.mingrui.example.local/doc/view?id=2025-0611-07",
        title="关于工字钉钉帽脱落问题整改的专题会议纪要",
        record_title=None,
        date="2025-06-11",
        notes="OA export: 流转记录 and read counts as chrome; minutes' 时间/地点/主持/参加 lines kept",
        page="""
!m 明锐文具有限公司协同办公平台　>　公文管理　>　会议纪要
!m 拟稿：质量部 何晓东　　签发：刘建平　　已阅 38 人 / 未阅 4 人
{T}
{BODY}
!m 流转记录：质量部拟稿 → 生产副总审核 → 总经理签发 → 分发各部门
!a 导出PDF　打印　返回列表
""",
        body="""
时间：2025年6月10日下午3时
地点：公司三楼会议室
主持：刘建平
参加：生产部、质量部、采购部、注塑车间、包装车间负责人
会议听取了质量部关于客户投诉彩色工字钉钉帽脱落问题的调查情况汇报，经讨论，形成以下意见：
一、问题原因为五月份采购的一批回料比例偏高的塑料粒子，导致钉帽与针体结合力下降。
二、采购部立即停止使用该批原料，并向供应商追责；今后塑料粒子一律使用新料。
三、注塑车间对五月份生产的全部工字钉进行拔脱力复检，不合格品全部报废。
四、质量部修订进货检验规程，增加原料熔融指数检测项目，6月底前完成。
明锐文具有限公司总经理办公室
2025年6月11日
""",
    ),
    dict(
        slug="qa-tuding-why-rust",
        site="问问吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenwenba.example.com/question/558102.html",
        title="图钉放久了为什么会生锈？怎么保存比较好？",
        record_title="图钉放久了为什么会生锈？怎么保存比较好？_问问吧",
        date=None,
        notes="Q&A: asker line, best-answer label, vote bar, more-answers box; no date",
        page="""
!m 问问吧 > 生活 > 居家
{T}
!m 提问者：zh小树苗　｜　2个回答　｜　被浏览 3,402
!l ★ 最佳答案
!m 答主：五金老周（认证：五金店店主）
{BODY}
!a 有用(88)　没用(3)　分享　举报
!l 其他回答（1）
!l 相似问题：大头针和图钉有什么区别？
""",
        body="""
普通图钉的针体大多是低碳钢材料，表面镀了一层锌或镍。镀层薄的产品，放在潮湿的地方，镀层一破，钢就会氧化生锈。
尤其是南方回南天，空气湿度大，放在抽屉里的图钉几个月就会长出红锈。
保存时可以这样做：一是放在密封的小盒子里，盒里放一小包干燥剂；二是不要和盐、洗衣粉等放在一起；三是已经生锈的图钉不要再用，扎到手有感染风险。
如果需要长期在室外使用，可以买不锈钢图钉，价格贵一点，但基本不会生锈。
""",
    ),
]
