"""holdout123, part C. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="corp-daylily-food-recall",
        site="榆坪金针食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.ypjinzhen.com/news/gsgg/2024-08-02/118.html",
        title="关于主动召回部分批次干制黄花菜产品的公告",
        record_title="关于主动召回部分批次干制黄花菜产品的公告|榆坪金针食品",
        date="2024-08-02",
        notes="company site; recall table kept; after-sales line of the document beside the company's sales hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于主动召回部分批次干制黄花菜产品的公告|榆坪金针食品</title>
<script src="/static/js/swiper.min.js"></script></head>
<body>
<header><div class="logo">⟦m 榆坪金针　山里的一抹金黄⟧</div>
<nav>⟦m 首页　品牌故事　产品中心　基地风采　新闻公告　在线商城⟧</nav>
<div class="tel">⟦w 订购热线：400-667-2080⟧</div></header>
<div class="sub-nav">⟦m 新闻公告 / 公司公告⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2024-08-02　浏览量：1892⟧</p>
<article>
{BODY}
</article>
<div class="pager">⟦l 上一篇：金针宴入选县级非遗名录⟧　⟦l 下一篇：公司通过HACCP体系认证⟧</div>
<footer><p>⟦m 榆坪金针食品有限公司　地址：晋北市榆坪镇工业园⟧</p><p>⟦a 关注官方微信｜进入天猫旗舰店⟧</p><p>⟦m 晋ICP备17003408号⟧</p></footer>
</body></html>
""",
        body="""
尊敬的消费者：
近期，我公司在自检中发现，以下批次干制黄花菜产品的二氧化硫残留量检测值超出企业内控标准（仍在国家标准限量以内）。为对消费者负责，公司决定主动召回以下批次产品：
产品名称　规格　生产日期　批号
精选金针　250克/袋　2024年6月3日　JZ240603A
精选金针　500克/盒　2024年6月5日　JZ240605B
已购买上述批次产品的消费者，可凭产品包装或购买凭证到原购买门店办理退货，网购用户可联系售后办理，公司承担往返运费。
售后服务电话：0350-5128633（工作日8:30—17:30）。
给您带来的不便，我们深表歉意。
榆坪金针食品有限公司
2024年8月2日
""",
    ),
    dict(
        slug="training-school-riveting-course-brochure",
        site="守艺学堂 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="text",
        source="https://www.shouyixt.com/kecheng/juci/2024-spring.html",
        title="2024年春季锔瓷修复技艺研修班招生简章",
        record_title="2024年春季锔瓷修复技艺研修班招生简章【报名中】",
        date=None,
        notes="training school: course ad boxes and consult prompt; no date of issue (course dates only, year in the title)",
        page="""
!m 守艺学堂｜传统手艺职业培训
!m 首页 ＞ 课程中心 ＞ 器物修复类
!t 2024年春季锔瓷修复技艺研修班招生简章【报名中】
!a ☎ 立即咨询　　✎ 在线报名　　♡ 收藏课程
{T}
{BODY}
!w 课程顾问：小秦老师　微信/电话 18670213546（同号）
!l 你可能还喜欢：金缮入门班 / 古籍修复体验课 / 木器修复周末班
!m 守艺学堂　湘ICP备21008845号
""",
        body="""
锔瓷是用金属锔钉修补破损瓷器的传统技艺，既讲实用，也讲美观。为培养锔瓷修复技艺人才，本学堂开设春季研修班，由省级非遗传承人亲自授课。
一、招生对象
对传统手艺有兴趣、身体健康的社会人员，年龄18至60周岁，零基础可报。
二、课程内容
1. 锔瓷历史与器物常识；
2. 工具认识与金刚钻使用；
3. 拼对、画线、打孔、上钉的全流程练习；
4. 锔钉打制与银钉、铜钉的选择；
5. 作品修复实践（每人完成两件作品）。
⟦a 点击查看往期学员作品⟧
三、上课安排
共20个课时，每周六、日全天上课，小班教学，每班不超过8人，材料由学堂统一提供。
四、报名须知
报名时交纳学费的一半，开课当天交清。因个人原因中途退学的，已上课时费用不退。
""",
    ),
    dict(
        slug="fanwenapp-tussah-village-report",
        site="笔友范文APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.biyouapp.cn/s/KfX8r2Qm",
        title="柞蚕村党支部书记2023年述职报告",
        record_title="柞蚕村党支部书记2023年述职报告（可编辑）",
        date="2024-01-05",
        notes="writing-app share page; app download prompts at top and between paragraphs; date at the end",
        page="""
!a 打开笔友APP，体验更流畅　[打开]
!m 笔友范文 · 写材料不再难
{T}
!m 笔友用户 青蚕　｜　2.8万阅读　｜　收藏 416
!a AI一键改写　　导出Word　　复制全文
{BODY}
!a 剩余内容已折叠，打开APP免费阅读全文
!l 相关推荐　· 村党支部书记抓党建述职报告　· 乡村振兴工作述职
!d 内容由用户发布，如有侵权请联系笔友客服处理
""",
        body="""
2023年，在镇党委的坚强领导下，我团结带领村“两委”班子成员，围绕柞蚕特色产业抓党建、促发展，现将一年来的工作述职如下：
一、抓班子带队伍。坚持“三会一课”制度，全年召开支部党员大会12次，讲党课4次；发展预备党员2名，培养入党积极分子3名，其中两名是回乡放蚕的年轻人。
二、抓产业促增收。依托合作社统一供种、统一技术、统一收购，全村放养柞蚕1800余把，蚕茧收入达到820万元，人均增收2600元。
⟦a 开通VIP，解锁5万篇同类范文⟧
三、抓基础惠民生。争取项目资金硬化蚕场作业路3.2公里，修缮村级蚕种保育室1处，解决了群众上山运茧难的问题。
四、存在的不足。一是产业链条短，还停留在卖原茧阶段；二是村集体经济收入来源单一。
下一步，我将带领支部一班人，谋划发展蚕蛹深加工，努力让蚕农的腰包更鼓。
述职人：温长林
2024年1月5日
""",
    ),
    dict(
        slug="exam-forum-cityadmin-interview-notes",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="essay",
        form="html",
        source="http://bbs.gongkaoyizhan.com/thread-902113-1-1.html",
        title="城管执法岗面试复盘：结构化三道题怎么答",
        record_title="城管执法岗面试复盘：结构化三道题怎么答 - 面试交流 - 公考驿站论坛",
        date="2024-05-28",
        notes="exam forum floor in HTML with jammer fonts; post date is the page date",
        page="""
<html><head><meta charset="utf-8"><title>城管执法岗面试复盘：结构化三道题怎么答 - 面试交流 - 公考驿站论坛</title></head>
<body>
<div id="hd">⟦m 公考驿站论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 公考驿站论坛 » 面试交流 » 城管执法岗面试复盘⟧</div>
<div class="pl">
<h1>{T}</h1>
<div class="authi">⟦m 上岸小樟 发表于 2024-5-28 22:41 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复　支持(61)　反对(0)　收藏⟧</div>
</div>
<div class="pl"><div>⟦l 沙发：楼主好人，第二题我也被问过⟧</div></div>
<div class="ad">⟦w 面试一对一模考，点击咨询助教⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5 © 2010-2024 公考驿站⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
上周刚考完县里的城管执法岗面试，最后进面第一上岸。趁还记得，把三道题和我的思路写出来，给后面的朋友参考。
第一题是综合分析：有人说城管执法“管得太严没人情味，管得太松又乱”，谈谈你的看法。我的思路是先肯定两种担心都有道理，再落到“规范执法和柔性管理结合”，举了设置摊贩疏导点的例子。
第二题是应急应变：你在巡查时劝导一名老人不要占道卖菜，老人情绪激动坐在地上不走，围观群众拍视频，你怎么办。我答的顺序是先稳住老人情绪、确认身体状况，再疏散围观、说明情况，最后帮老人联系附近的便民集市。
第三题是组织管理：单位让你组织一次夜市油烟治理的调研，你怎么开展。我讲了确定调研对象、分组走访、问卷加座谈、形成报告四步。
总的感受是，城管岗的题目都很接地气，多想想自己上街时看到的真实场景，答起来就不空。
""",
    ),
    dict(
        slug="baike-golden-monkey-reserve-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="article",
        form="text",
        source="https://baike.zhiyuan.wiki/item/柘岭金丝猴自然保护区/30118",
        title="柘岭金丝猴自然保护区",
        record_title="柘岭金丝猴自然保护区_知源百科",
        date=None,
        notes="encyclopaedia entry: edit links, catalogue box and reference list as chrome; no date",
        page="""
!m 知源百科　|　人人可编辑的百科全书
!a 编辑　　讨论　　上传视频
{T}
!m 本词条由“知源百科·自然科学”编审团队审核
!l 目录：1 地理位置　2 自然概况　3 保护对象　4 管理机构
{BODY}
!l 参考资料：［1］柘岭保护区管理局．保护区综合科学考察报告．　［2］省林业局网站．
!m 词条统计：浏览次数 11284　编辑次数 9次历史版本　最近更新：山林客
!d 知源百科词条内容仅供参考，如需专业意见请咨询相关机构。
""",
        body="""
柘岭金丝猴自然保护区是以川金丝猴及其栖息的森林生态系统为主要保护对象的省级自然保护区，位于柘岭山脉中段。
地理位置
保护区地跨柘岭县东北部三个乡镇，总面积约4.2万公顷，其中核心区1.6万公顷，海拔在1100米至2860米之间。
自然概况
区内属北亚热带向暖温带过渡的山地气候，森林覆盖率达到93%，植被垂直带谱明显，自下而上分布有落叶阔叶林、针阔混交林和亚高山针叶林。
保护对象
保护区内有川金丝猴约六百只，分属五个主要猴群，另有羚牛、红腹锦鸡、红豆杉等国家重点保护野生动植物。
管理机构
保护区设管理局，下设四个保护站和一个科研监测中心，在猴群主要活动区建有巡护线路和固定监测样线。
""",
    ),
    dict(
        slug="netdisk-alligator-monitoring-report",
        site="云栈网盘 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://pan.yunzhan.cc/s/1aQw7Zk_alligator",
        title="扬子鳄野外种群监测年度报告（2023）",
        record_title="扬子鳄野外种群监测年度报告（2023）.pdf",
        date="2024-02-20",
        notes="cloud-drive share: file list, save/download buttons, expiry notice; hard-wrapped at 62 columns; date in a 编制日期 line at the end",
        page="""
!m 云栈网盘　|　分享的文件
!m 分享者：湿地小队　　分享时间：2024-03-01 11:02　　有效期：永久
!a 保存到我的网盘　　下载(3.6M)　　举报
!l 扬子鳄野外种群监测年度报告（2023）.pdf　3.6M
!l 附录_红外相机点位表.xlsx　88K
!m 文件预览（文本模式）
{BODY}
!a 预览仅显示部分文字，完整版请下载查看
!d 云栈网盘严禁传播违法违规内容，发现请举报。
""",
        wrap=62,
        indent="  ",
        body="""
一、监测概况
2023年，保护区在红杨、青石、白荡三个片区开展扬子鳄野外种群监测，共布设固定监测样线12条、红外相机48台，采用夜间灯光计数与洞穴调查相结合的方法。
二、主要结果
全年夜间灯光计数累计记录扬子鳄个体214次，估算野外种群数量为285至320条，较上年增长约8%。共发现繁殖巢11个，比上年增加3个，其中放归个体营建的巢4个。
三、存在问题
部分片区周边农田使用农药，水体质量有所下降；夏季钓鱼人员进入缓冲区的情况仍时有发生。
四、工作建议
建议扩大繁殖季节巡护频次，联合当地农业部门推广生态种植，并在主要入口增设警示牌和视频监控。
编制单位：楝城扬子鳄国家级自然保护区管理局科研科
编制日期：2024年2月20日
""",
    ),
    dict(
        slug="snapshot-survey-marker-relocation",
        site="搜点快照 (invented)",
        style="搜索快照",
        genre="批复",
        kind="reply",
        form="text",
        source="http://cache.soudian.com/c?m=9f0a1b&url=http%3A%2F%2Fzrzyj.kaolin.gov.cn%2Fxxgk%2F2024%2F0523%2F771.html",
        title="关于同意迁建栲林高铁站区三等三角点的批复",
        record_title="关于同意迁建栲林高铁站区三等三角点的批复",
        record_date="2024-05-22",
        date="2024-05-22",
        notes="search cache frame: the cache banner, highlighted-terms line and the original site's chrome; 文号 neutral",
        page="""
!d 这是 http://zrzyj.kaolin.gov.cn/xxgk/2024/0523/771.html 的快照，是网页在2024年6月4日的存档。当前页面可能已经更改。
!a 查看当前页面　　纯文本版
!m 以下搜索词已标明高亮：三角点　迁建
!m 栲林市自然资源局　>　信息公开　>　批复文件
{T}
栲自然资函〔2024〕37号
{BODY}
!m 【发布日期：2024-05-23】【打印】【关闭】
!m 栲林市自然资源局主办　辽ICP备06003317号
""",
        body="""
栲林高铁投资建设有限公司：
你公司《关于迁建高铁站区范围内测量标志的请示》收悉。经审查，现批复如下：
一、同意将位于站前广场施工范围内的三等三角点“北岭”迁建至站区东侧绿化带内，迁建费用由你公司承担。
二、迁建工作须委托具有相应测绘资质的单位实施，新点须按原等级精度要求进行观测，成果经我局验收合格后方可拆除原标志。
三、迁建完成后，请将新点点之记、观测成果和委托保管书报我局备案。
此复。
栲林市自然资源局
2024年5月22日
""",
    ),
    dict(
        slug="print-pickle-workshop-registration-guide",
        site="椴山县政务服务网 (invented)",
        style="打印页",
        genre="办事指南",
        kind="guide",
        form="html",
        source="http://zwfw.duanshan.gov.cn/print.jsp?id=ZN2024-0319",
        title="食品小作坊登记办事指南（酱腌菜类）",
        date=None,
        notes="print view: print/close buttons, print footer with page count and print time (not a date); numbered materials list",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 打印本页⟧ ⟦a 关闭窗口⟧ ⟦a 导出PDF⟧</div>
<h2>{T}</h2>
<div>⟦m 事项编码：330726-XZXK-0319-01⟧</div>
{BODY}
<div class="pfoot">⟦p 第 1 页 ／ 共 1 页⟧　⟦m 打印时间：2024/10/08 15:47⟧</div>
<div>⟦m http://zwfw.duanshan.gov.cn/print.jsp?id=ZN2024-0319⟧</div>
</body></html>
""",
        body="""
一、适用范围
本县行政区域内从事酱菜、腌菜、泡菜等酱腌菜类食品加工的小作坊登记。
二、办理条件
1. 有与加工品种和数量相适应的固定场所，场所面积不少于30平方米；
2. 原料处理、加工、包装、贮存区域相对分开；
3. 从业人员持有有效健康证明。
三、申请材料
1. 食品小作坊登记申请书；
2. 经营者身份证明；
3. 加工场所平面布局图和周边环境示意图；
4. 从业人员健康证明复印件。
四、办理时限：自受理之日起10个工作日。
五、收费标准：不收费。
六、咨询方式：县市场监督管理局食品生产科，0579-83126620。
""",
    ),
    dict(
        slug="mail-forward-tussah-cocoon-price",
        site="栌川县农业农村局邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://nyj.luchuan.gov.cn/inbox/20240918-0211",
        title="关于做好2024年秋季柞蚕茧收购工作的通知",
        record_title="转发：关于做好2024年秋季柞蚕茧收购工作的通知",
        date="2024-09-13",
        notes="forwarded mail: Fwd headers and mail signature chrome; the document's 抄送/印发 版记 kept; 文号 neutral",
        page="""
!m 发件人：农业农村局办公室 <bgs@nyj.luchuan.gov.cn>
!m 收件人：各乡镇农业农村服务中心
!m 日期：2024年9月18日 星期三 10:26
!m 主题：转发：关于做好2024年秋季柞蚕茧收购工作的通知
!a 附件：收购点一览表.xls (24K)　下载　预览
各乡镇：现将通知转发给你们，请认真贯彻落实。
!m ---------- 转发的邮件 ----------
!m From: 市蚕业站 <cyz@lc-ag.cn>　Sent: 2024-09-14 08:55
{T}
栌农发〔2024〕52号
{BODY}
!m --
!m 栌川县农业农村局办公室　电话 0415-7126001
!d 此邮件由政务邮箱系统发出，请勿直接回复。
""",
        body="""
各乡镇人民政府，县蚕业站：
今年秋蚕长势总体良好，预计全县产茧量达到40万公斤以上。为保障蚕农利益，维护收购秩序，现就做好秋季柞蚕茧收购工作通知如下：
一、合理设置收购点。各乡镇要在蚕场集中的村设置临时收购点，公示收购标准和价格，做到明码标价、现款结算。
二、严格质量标准。收购茧按照鲜茧、半干茧分级定价，严禁掺杂使假、压级压价。
三、加强市场监管。对外地商贩无证收购、哄抬价格扰乱市场的，要会同市场监管部门依法查处。
四、做好信息报送。收购期间各乡镇每周一报送上周收购量和价格情况。
栌川县农业农村局
2024年9月13日
抄送：县市场监督管理局、县供销合作社。
栌川县农业农村局办公室　　2024年9月13日印发
""",
    ),
]
