"""holdout101, part A: a 范文 site, a 文库 preview, county portals, news portals, forums and a
blog, with organisations no earlier part used (construction-site cooling stations, a bank's
anti-counterfeit campaign, a beef-noodle trade group, a wood-carving workshop, a legal-aid
centre, a community-correction office, traditional villages, a city-wall office, a reading
club, a symphony orchestra, a goose co-op). Everything invented; see ../README.md, ../build.py."""

CASES = [
    dict(
        slug="fanwen-yuncao-plan-heat-cooling-stations",
        site="云草范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yuncaofw.example.com/fangan/gongdi/20250611_4471.html",
        title="甑川县建筑工地夏季防暑降温工作方案",
        record_title="【精选】甑川县建筑工地夏季防暑降温工作方案（通用版）",
        date="2025-06-10",
        notes="decorated record title; a writing-service prompt between paragraphs; a 'grab the Word copy' action glued after a 。; the document's own 联系人/电话 beside the site's QQ line; 成文日期 under the signature",
        indent="\u3000\u3000",
        page="""
!m 云草范文网 — 写材料，先来云草
!m 首页 » 方案大全 » 安全生产方案 » 正文
!t 【精选】甑川县建筑工地夏季防暑降温工作方案（通用版）
!m 栏目编辑：小满　更新：06-11　热度 2361℃
{BODY}
!a ↓↓ 整篇Word稿一键带走，排版已调好 ↓↓
!w 材料不会写？找云草写手，企鹅号 3390217745
!l 本栏猜你还想看：
!l ▸ 汛期建筑工地安全检查方案
!l ▸ 高温天气户外作业管理办法（范本）
!d 本站文稿均为会员投稿整理，若涉及版权请来函，核实后即删。
!m 云草范文网 ©2019-2025　湘ICP备20250611号-3
""",
        body="""
为切实保障全县建筑施工人员夏季身体健康，预防中暑事故发生，根据市住房和城乡建设局有关要求，结合我县实际，制定本方案。
一、工作目标
全县在建工程项目于6月20日前全部设立工地清凉驿站，做到防暑药品、饮用凉水、休息场所“三到位”，确保高温期间不发生因中暑导致的生产安全事故。
二、主要措施
（一）调整作业时间。日最高气温达到37℃以上时，12时至15时停止露天作业；达到40℃以上时，全天停止露天作业。⟦a 点此领取完整Word稿⟧
（二）设立清凉驿站。各项目部在生活区设置不少于20平方米的休息室，配备空调、饮水机和藿香正气水、清凉油等防暑药品。
⟦w 代笔各类方案总结，当天交稿，微信同号 yc-wenshu88⟧
（三）落实高温津贴。施工企业应按规定按月足额发放高温津贴，不得以发放防暑降温饮料充抵。
三、工作要求
各乡镇、各有关单位要加强日常巡查，发现问题立即督促整改。联系人：县住建局质安股 苏晓岚，电话：0746-5821306。
甑川县住房和城乡建设局
2025年6月10日
""",
    ),
    dict(
        slug="fanwen-qingshu-pledge-beef-noodle-oldtable",
        site="青书文章网 (invented, old ASP table layout)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.qingshu-wz.example.net/Article/ShowArticle.asp?ArticleID=30928",
        title="致全县牛肉面经营户的食品安全倡议书",
        record_title="致全县牛肉面经营户的食品安全倡议书_倡议书_青书文章网",
        date="2025-03-15",
        notes="old gb2312 table layout: marquee, visitor counter, a 文字大小 row, hot list on the right; record title _column_site; date under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>致全县牛肉面经营户的食品安全倡议书_倡议书_青书文章网</title>
<script>var hits=0;</script></head><body>
<table width="960" align="center"><tr><td><img src="/images/logo.gif"> ⟦m 青书文章网 www.qingshu-wz.example.net⟧</td>
<td><marquee>⟦m 欢迎光临青书文章网，本站收录各类实用文章十二万篇！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td class="nav">⟦m 网站首页 | 倡议书 | 演讲稿 | 心得体会 | 工作总结 | 留言本⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="pos">⟦m 您现在的位置： 青书文章网 >> 倡议书 >> 正文⟧</div>
<h2>⟦t 致全县牛肉面经营户的食品安全倡议书⟧</h2>
<div class="info">⟦m 作者：佚名　文章来源：本站原创　点击数：<span id="hits">1207</span>　更新时间：2025-3-17⟧</div>
<div class="fz">⟦a 【文字大小：大 中 小】【双击滚屏】【关闭窗口】⟧</div>
<div id="content">
{BODY}
</div>
<div>⟦l 上一篇文章： 文明餐桌光盘行动倡议书⟧<br>⟦l 下一篇文章： 致全体出租车司机的一封信⟧</div>
</td><td width="250" valign="top">
<div class="box"><b>⟦l 本周热门⟧</b><ul><li>⟦l 开学典礼家长代表发言稿⟧</li><li>⟦l 爱国卫生月倡议书范文⟧</li><li>⟦l 村级防汛工作方案⟧</li></ul></div>
</td></tr></table>
<table width="960" align="center"><tr><td class="foot">⟦d 本站文章来自网络及会员投稿，版权归原作者，如有侵犯请告知处理⟧<br>⟦m 您是本站第 0038921 位访客⟧<br>⟦m 陇ICP备0719352号⟧</td></tr></table>
</body></html>
""",
        body="""
全县牛肉面经营户朋友们：
一碗热腾腾的牛肉面，是我们县的一张名片，也承载着每一位食客对放心美食的期待。为进一步提升全县牛肉面行业食品安全水平，县牛肉面行业协会向全体经营户发出如下倡议：
一、守住原料关。牛肉、面粉、食用油等原料一律从正规渠道采购，索证索票，建立进货台账，坚决不用来源不明的肉品。
二、守住操作关。后厨做到生熟分开、餐具一洗二清三消毒，从业人员持有效健康证明上岗。
三、守住诚信关。明码标价，足量供应，不以次充好，主动接受消费者和社会各界监督。
让我们携起手来，用一碗干净的好面，守护每一位食客的舌尖安全！
翕城县牛肉面行业协会
2025年3月15日
""",
    ),
    dict(
        slug="wenku-haoyue-summary-counterfeit-cn-date",
        site="皓月文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.haoyue.example.com/view/8f21c0a94d7e.html",
        title="农商银行峤南支行2024年反假货币工作总结",
        record_title="农商银行峤南支行2024年反假货币工作总结.docx",
        date="2024-12-20",
        notes="file-name record title; page markers ⸨n⸩ glued or on their own lines cutting sentences; preview-end and VIP prompts; upload notice; date in Chinese numerals",
        indent="\u3000\u3000",
        pages=dict(fmt="⸨{n}⸩", every=120, start=2, glue="mix"),
        page="""
!m 皓月文库
!m 金融保险 / 银行业务 / 工作总结
!t 农商银行峤南支行2024年反假货币工作总结.docx
!m 页数：4　大小：26.3KB　贡献者：yinhang_2023
{BODY}
!a 剩下3页未展示，开通皓月卡后畅读全部
!a 〔立即下载〕〔加入书架〕〔纠错〕
!d 本文档为用户自行上传，皓月文库仅提供信息存储空间服务，不对内容真实性负责。
""",
        body="""
2024年，我支行认真贯彻人民银行关于反假货币工作的各项部署，把反假货币工作作为保护群众财产安全、维护人民币信誉的重要任务来抓，全年各项工作平稳有序。
一、健全工作机制。支行成立了由行长任组长的反假货币工作领导小组，明确各网点负责人为第一责任人，将反假工作纳入网点综合考核。
二、严把现金收付关。全年办理现金收付业务十一万余笔，柜面收缴假币四十七张，均按规定当面收缴、加盖假币戳记并出具收缴凭证。
三、深入开展宣传。在集市、学校、养老院开展“反假货币进万家”宣传活动十二场，发放宣传折页三千余份，重点向老年群体讲解钞票防伪特征。
四、存在的不足。个别新入职柜员对机具识别结果依赖过多，手工鉴别能力还需提高。
2025年，我们将继续加强业务培训，提升反假能力，切实守护好群众的“钱袋子”。
农商银行峤南支行
二〇二四年十二月二十日
""",
    ),
    dict(
        slug="wenku-mulan-rules-woodcarving-html-pages",
        site="木兰文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.mulanwenku.example.cn/d/55190312.html",
        title="嶂口木雕工坊安全生产管理制度",
        record_title="嶂口木雕工坊安全生产管理制度（2025年修订）【可编辑】",
        date=None,
        notes="HTML reader page with ⁅n⁆ page markers as paragraphs cutting sentences; articles that speak of 扫码/打印 as content; a year only in the title; pay prompt and login box",
        pages=dict(fmt="⁅{n}⁆", every=150, start=2),
        p_html='<p class="reader-line">{}</p>',
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>嶂口木雕工坊安全生产管理制度（2025年修订）【可编辑】- 木兰文库</title>
<link rel="stylesheet" href="/static/reader.css"><script src="/static/reader.js"></script></head><body>
<header><div class="logo">⟦m 木兰文库 · 找资料更省心⟧</div><nav>⟦m 首页　分类　专题　VIP会员　上传⟧</nav><div class="user">⟦a 登录 / 注册领30下载券⟧</div></header>
<main><div class="doc-head"><h1>⟦t 嶂口木雕工坊安全生产管理制度（2025年修订）【可编辑】⟧</h1>
<div class="doc-meta">⟦m 格式：DOCX　共5页　3.2万人看过　上传于2025-04-02⟧</div></div>
<article class="reader">
{BODY}
</article>
<div class="end-tip">⟦a 试看页已到底，付费 3.9 元即可下载全文⟧</div>
<div class="doc-tools">⟦a 收藏　分享　举报⟧</div>
</main>
<aside><h4>⟦l 相似文档⟧</h4><ul><li>⟦l 家具厂粉尘防爆管理规定⟧</li><li>⟦l 手工作坊消防安全责任书⟧</li></ul></aside>
<footer>⟦d 木兰文库所有文档由用户上传，如有侵权请通过“版权申诉”通道联系⟧</footer>
</body></html>
""",
        body="""
第一条　为加强工坊安全生产管理，保障从业人员生命安全和身体健康，结合本工坊木雕加工实际，制定本制度。
第二条　工坊负责人对本工坊安全生产工作全面负责，各工段组长负责本工段的日常安全检查。
第三条　开料、雕坯、打磨工段产生的木屑粉尘应每日清扫，除尘设备每班开启，严禁在粉尘区域使用明火。
第四条　新进学徒须经三级安全教育并考试合格后方可上岗，教育记录由办公室打印存档，保存期不少于三年。
第五条　电动雕刻机、砂光机等设备须由持证人员操作，使用前检查防护罩和接地，发现异常立即停机报修。
第六条　工坊入口张贴安全告知二维码，外来参观人员须扫码阅读安全须知并登记后方可进入生产区域。
第七条　本制度自印发之日起施行，由工坊办公室负责解释。
""",
    ),
    dict(
        slug="gov-qiongyang-notice-legal-aid-html",
        site="琼阳县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qiongyang.example.gov.cn/zwgk/tzgg/202505/t20250519_88213.html",
        title="琼阳县法律援助中心关于开设农民工讨薪法律援助绿色通道的通知",
        record_title="琼阳县法律援助中心关于开设农民工讨薪法律援助绿色通道的通知",
        record_date="2025-05-19",
        date="2025-05-19",
        notes="modern county portal: 索引号 table (meta), font-size and print row, the document's own 联系人/电话 and 邮箱 beside the portal's 12345 line and webmaster mail in the footer; 附件 list",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>琼阳县法律援助中心关于开设农民工讨薪法律援助绿色通道的通知_通知公告_琼阳县人民政府网</title></head><body>
<div class="topbar">⟦m 今天是：2025年5月20日 星期二⟧ <a>⟦a 无障碍浏览⟧</a> <a>⟦a 长者模式⟧</a></div>
<div class="banner">⟦m 琼阳县人民政府网⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：QY-0211-2025-00187⟧</td><td>⟦m 发布机构：县司法局⟧</td></tr><tr><td>⟦m 生成日期：2025-05-19⟧</td><td>⟦m 主题分类：司法⟧</td></tr></table>
<h1>⟦t 琼阳县法律援助中心关于开设农民工讨薪法律援助绿色通道的通知⟧</h1>
<div class="tools">⟦a 字号：[ 特大 大 中 ]　打印此页　关闭⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微博 微信 QQ空间⟧</div>
<div class="related"><h3>⟦l 相关文件⟧</h3><p>⟦l 县司法局2025年普法依法治理工作要点⟧</p></div>
<footer><p>⟦m 主办单位：琼阳县人民政府办公室　网站标识码：4331270019⟧</p><p>⟦m 政务服务热线：12345　网站纠错邮箱：qyweb@qiongyang.example.gov.cn⟧</p><p>⟦m 湘公网安备 43312702000119号⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为依法维护农民工合法权益，切实解决农民工讨薪难问题，县法律援助中心决定自2025年6月1日起开设农民工讨薪法律援助绿色通道。现将有关事项通知如下：
一、受理范围。农民工因追索劳动报酬、工伤赔偿申请法律援助的，不再审查经济困难条件。
二、办理方式。申请人可到县公共法律服务中心一号窗口现场申请，也可拨打中心值班电话预约上门服务。
三、办理时限。对符合条件的申请，当日受理、三日内指派承办律师。
联系人：彭思远；联系电话：0743-6623148；电子邮箱：qyfy@qiongyang.example.gov.cn。
附件：1.法律援助申请表
2.农民工讨薪案件材料清单
琼阳县法律援助中心
2025年5月19日
""",
    ),
    dict(
        slug="gov-zhenghu-summary-community-correction-wrapped",
        site="筝湖县司法局 (invented, text export)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://sfj.zhenghu.example.gov.cn/gzdt/2025/01/0116-2219.txt",
        title="筝湖县2024年社区矫正工作总结",
        record_title=None,
        date="2025-01-15",
        notes="no record title: found on the page; body hard-wrapped at 62 columns; a 浏览次数/来源 line and a print/close row; 成文日期 under the signature",
        indent="\u3000\u3000",
        wrap=62,
        page="""
!m 筝湖县司法局门户网站
!m 当前位置：首页 - 工作动态 - 社区矫正
{T}
!m 来源：社区矫正管理局　浏览次数：518　日期：2025-01-16
{BODY}
!a 【打印本页】　【关闭窗口】
!l 上一条：县司法局开展安置帮教走访活动
!l 下一条：县公证处推出延时服务
!m 版权所有：筝湖县司法局　地址：筝湖县府前街9号
""",
        body="""
2024年，全县社区矫正工作在县委、县政府的领导下，坚持监督管理与教育帮扶相结合，全年累计接收社区矫正对象一百二十六人，解除矫正九十八人，未发生脱管漏管和重新犯罪案件。
一是规范入矫衔接。与法院、检察院、公安机关建立信息共享机制，做到法律文书当日接收、对象三日内报到。
二是强化日常监管。依托信息化核查平台，每日对矫正对象开展定位核查，对请假外出严格审批。
三是突出教育帮扶。组织集中教育学习二十四次，开展公益活动十八次，协调解决就业、就学等困难十一件。
2025年，我们将进一步提升精准化管理水平，推动社区矫正工作高质量发展。
筝湖县社区矫正管理局
2025年1月15日
""",
    ),
    dict(
        slug="news-yanzhou-html-traditional-villages-caption",
        site="砚州日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yanzhoudaily.example.cn/content/2025-04/23/content_771902.html",
        title="砚州再有5个村落入选省级传统村落名录",
        record_title="砚州再有5个村落入选省级传统村落名录-砚州日报网",
        date="2025-04-23",
        notes="news page: byline with 发布时间 as the page's date, a photo caption between paragraphs, an editor line glued after the last paragraph, a comment box and a hot list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>砚州再有5个村落入选省级传统村落名录-砚州日报网</title></head><body>
<div class="head">⟦m 砚州日报网 | 砚州权威新闻门户⟧ <span>⟦a 客户端下载⟧</span></div>
<div class="channel">⟦m 本地 ＞ 乡村振兴⟧</div>
<h1>⟦t 砚州再有5个村落入选省级传统村落名录⟧</h1>
<div class="byline">⟦m 发布时间：2025-04-23 08:12　来源：砚州日报　记者 温可欣 通讯员 骆平⟧</div>
<div class="article">
{BODY}
</div>
<div class="cmt">⟦l 网友评论 0 条，我来说两句⟧</div>
<div class="rank"><h4>⟦l 24小时点击榜⟧</h4><ol><li>⟦l 砚州至峤南城际公交开通⟧</li><li>⟦l 周末砚州最高气温将达30℃⟧</li></ol></div>
<div class="foot">⟦d 凡本网注明“来源：砚州日报网”的作品，未经授权不得转载⟧<br>⟦m 新闻热线：0797-8812000⟧</div>
</body></html>
""",
        body="""
近日，省住房和城乡建设厅公布第七批省级传统村落名录，我市石门镇上坊村、竹溪乡庙背村等5个村落榜上有名，全市省级传统村落总数达到31个。
据了解，此次入选的村落均保存有较为完整的明清古民居群，其中上坊村现存古祠堂、古井、古巷道20余处，村落整体格局延续了数百年。
⟦m 图为石门镇上坊村古民居群。（记者 温可欣 摄）⟧
市住建局相关负责人介绍，近年来我市坚持“保护优先、活态传承”，累计投入资金六千余万元，对传统村落内的危旧古建筑进行抢救性修缮。
下一步，我市将编制传统村落保护发展规划，引导村民参与保护利用，让古村落在新时代焕发新活力。⟦m （编辑：甘露　审核：方知远）⟧
""",
    ),
    dict(
        slug="news-xunjiang-text-city-wall-title-glued",
        site="浔江新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.xunjiang.example.com/local/2025/0309/c1108-662.html",
        title="浔江古城墙南段修缮工程完工",
        record_title=None,
        date="2025-03-09",
        notes="no record title; the title glued to the lead; a 发布于 line as the page's date; a share row and 延伸阅读 at the bottom",
        page="""
!m 浔江新闻网
!m 首页 / 本地 / 城事
!m 发布于 2025-03-09 17:40　浔江融媒记者 向晨
{T}{BODY}
!l 【延伸阅读】
!l 古城墙北门广场夜景亮化方案公示
!l 城墙博物馆春季开放时间调整
!a 转发到朋友圈　复制链接
!d 本站所载稿件版权归浔江融媒体中心所有，转载请注明出处。
""",
        body="""
3月9日，历时八个月的浔江古城墙南段修缮工程通过竣工验收，即日起恢复对市民游客开放。
此次修缮全长约四百二十米，工程团队采用传统石灰砂浆工艺，对开裂、鼓胀的墙体进行归安加固，并补配了缺失的垛口和排水石槽。
古城墙管理处负责人表示，修缮过程中坚持“最小干预”原则，尽量保留原有城砖，替换的新砖均按原规格定制烧制。
据悉，管理处还将在城墙南段增设文物说明牌和夜间照明，方便市民了解城墙历史。
""",
    ),
    dict(
        slug="forum-shuxiang-insight-reading-club-junk",
        site="书香小镇论坛 (invented, Discuz-like)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.shuxiangxz.example.net/thread-20931-1-1.html",
        title="参加社区读书会一年来的几点体会",
        record_title="[原创] 参加社区读书会一年来的几点体会 - 书友茶座 - 书香小镇论坛",
        date="2025-02-26",
        notes="forum post: anti-scraping junk as lines and glued after 。; a 发表于 line as the page's date; floors with replies; a login prompt",
        junk=dict(lines=2, glued=3),
        page="""
!m 书香小镇论坛 › 书友茶座 › 帖子详情
!m 浏览 906 | 回帖 12
!t [原创] 参加社区读书会一年来的几点体会
!m 楼主　苇岸 发表于 2025-2-26 20:05　电梯直达
{BODY}
!a 顶一下　踩一下　回复本帖
!l 2#　晚风　发表于 2025-2-26 21:13
!l 说得太对了，我们单位也想搞一个。
!l 3#　小何的书架　发表于 2025-2-27 07:58
!l 马克一下，下月去蹭一次活动。
!a 登录后才能回帖哦～ 去登录 | 新用户注册
!m 手机版 | 小黑屋 | 书香小镇论坛 ( 黔ICP备17009911号 )
""",
        body="""
去年春天，我在小区公告栏看到“翕园读书会”招募会员的启事，抱着试试看的心态报了名，没想到一坚持就是一年。
第一，读书要有伴。一个人读书容易半途而废，读书会每月共读一本书，到了交流那天，总得把书读完才好意思发言。
第二，读书要动笔。会长要求每人每次带一张读书卡片，写下最有感触的一句话和自己的理解，一年下来我攒了厚厚一沓。
第三，读书要走出去。读书会组织我们到乡村小学捐书、给社区老人读报，让我觉得读书不只是自己的事。
新的一年，我打算带着孩子一起参加亲子共读，也欢迎更多邻居加入我们。
""",
    ),
    dict(
        slug="forum-yuezhi-notice-symphony-volunteers-jammer",
        site="乐知音乐论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yuezhi-bbs.example.com/forum.php?mod=viewthread&tid=41877",
        title="璩溪交响乐团2025年音乐季志愿者招募公告",
        record_title="璩溪交响乐团2025年音乐季志愿者招募公告 - 乐团动态 - 乐知音乐论坛",
        date="2025-02-20",
        notes="Discuz-like page with jammer fonts inside the post, poster card, reply box; the orchestra's own 报名电话/邮箱 in the body; date under the signature, the post date also accepted",
        date_also=["2025-02-21"],
        junk=dict(lines=1, glued=2),
        p_html="{}<br />",
        page="""
<html><head><meta charset="utf-8"><title>璩溪交响乐团2025年音乐季志愿者招募公告 - 乐团动态 - 乐知音乐论坛</title></head><body>
<div id="toptb">⟦a 收藏本版⟧ | ⟦a 切换到窄版⟧</div>
<div id="hd">⟦m 乐知音乐论坛 — 爱乐人的家⟧</div>
<div id="pt">⟦m 乐知音乐论坛 » 乐团动态 » 查看主题⟧</div>
<table class="plhin"><tr><td class="pls"><div>⟦m 大提琴阿琮⟧</div><div>⟦m 帖子 233　精华 2　积分 1688⟧</div></td>
<td class="plc"><h1>⟦t 璩溪交响乐团2025年音乐季志愿者招募公告⟧</h1>
<div class="pti">⟦m 发表于 2025-2-21 10:26 | 只看楼主 | 显示全部楼层⟧</div>
<div class="t_fsz"><td class="t_f">
{BODY}
</td></div>
<div class="po">⟦a 回复　支持(15)　反对(0)　举报⟧</div></td></tr></table>
<div class="fastre">⟦l 快速回帖：说点什么吧……⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　乐知音乐论坛 版权所有⟧</div>
</body></html>
""",
        body="""
为做好2025年音乐季各场演出的观众服务工作，璩溪交响乐团现面向社会招募演出志愿者30名。
一、招募条件：年满18周岁，热爱古典音乐，身体健康，每月能保证参加至少两场演出服务。
二、服务内容：演出当晚的检票引导、观演礼仪提示、节目单发放以及演后观众意见收集。
三、报名方式：请于3月10日前将报名表发送至乐团邮箱 qxso_vol@qxso.example.org，或致电乐团办公室0851-3362017报名。
入选志愿者可免费观看当季全部演出，并获颁服务证书。
璩溪交响乐团
2025年2月20日
""",
    ),
    dict(
        slug="blog-ezi-summary-goose-coop-tags",
        site="鹅子哥的养殖日记 (invented blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://ezige.blog.example.com/post/2025/01/goose-coop-2024.html",
        title="瑗城县白鹅养殖专业合作社2024年工作总结",
        record_title="瑗城县白鹅养殖专业合作社2024年工作总结 | 鹅子哥的养殖日记",
        date="2024-12-30",
        notes="personal blog: bracketed post time with the document's own 成文日期 (the document's expected, the post date also accepted); a data table one row a paragraph; tags, archive and a comment count",
        date_also=["2025-01-03"],
        page="""
!m 鹅子哥的养殖日记 — 一个返乡青年的记录
!m 首页 | 养殖心得 | 合作社 | 关于我
{T}
!m [2025-01-03 21:48]　分类：合作社　阅读(412)　评论(9)
{BODY}
!l 标签：白鹅 合作社 年终总结
!l « 冬季鹅舍保温的三个土办法
!l 去年今日 » 雏鹅开食那些事
!l 文章归档：2025年1月(2)　2024年12月(5)
!d 本博文字为原创，转载请保留出处链接。
""",
        body="""
2024年，合作社在县农业农村局的指导下，坚持“统一供苗、统一防疫、统一收购”，带动社员户均增收一万二千元。
一、全年生产情况
项目　2023年　2024年
社员户数　38户　52户
出栏白鹅　4.1万羽　6.3万羽
销售收入　312万元　498万元
二、主要做法
1.建设育雏中心，统一孵化供苗，雏鹅成活率提高到95%以上。
2.与县食品公司签订保底收购协议，解决了社员的后顾之忧。
三、明年打算
新建羽绒初加工车间一座，延长产业链，力争出栏量突破8万羽。
瑗城县白鹅养殖专业合作社
2024年12月30日
""",
    ),
]
