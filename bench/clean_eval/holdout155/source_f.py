"""holdout155, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gkforum-shangan-shenlun-gas-alarms-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://bbs.shangangk.com/thread-552017-1-1.html",
        title="小小报警器守护“舌尖上的安全”",
        record_title="[申论范文] 小小报警器守护“舌尖上的安全”（附批改意见） - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum post with junk; decorated record title; a moderator's score line and floors; no date (relative post time)",
        page="""
!m 上岸公考论坛 › 申论交流 › 范文赏析
!t [申论范文] 小小报警器守护“舌尖上的安全”（附批改意见）
!m 楼主　上岸的小鲸鱼　　发表于 1 小时前　　|　　查看 733　回复 19
!l 【本帖已被管理员加入精华】
{T}
{BODY}
!m 版主点评：立意准确，结构完整，论证稍显单薄，参考得分 32/40
!l 沙发　今年必上岸：mark，学习了
!l 板凳　行测苦手：第二段的例子可以换成本地的吗
!w 申论一对一批改，私信我或加Q群 813307621
!d 论坛帖子仅代表个人观点。
""",
        junk=dict(lines=1, glued=2),
        body="""
餐馆后厨的燃气管道、商户角落里的液化气钢瓶，看似平常，却可能是城市安全的“定时炸弹”。近年来，多地推动餐饮场所安装可燃气体报警器，这只小小的报警器，守护的是群众的生命财产安全。
安装报警器，是把“事后处置”变为“事前预防”。燃气泄漏初期往往不易察觉，报警器能在浓度达到危险值之前发出警报，并联动切断阀门，为处置争取宝贵时间。
让报警器真正“响得起来”，离不开多方合力。政府部门要加强检查，对应装未装的依法督促整改；燃气企业要在入户安检时同步查验报警器；经营者要定期检测、及时更换到期产品，不能装了就不管。
安全无小事，防患于未然。用好小小报警器，才能让“舌尖上的安全”多一道坚实屏障。
""",
    ),
    dict(
        slug="gkforum-luoxuan-interview-shawl-workshop-html",
        site="落选不落志公考社区 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.lxblz-gk.com/t/66813",
        title="驻村半年：我在披肩编织帮扶车间学到的三件事",
        record_title="驻村半年：我在披肩编织帮扶车间学到的三件事（面试素材，可借鉴）",
        date="2024-08-02",
        notes="exam community HTML post; decorated record title; an interview-course ad glued after a sentence; post date is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>驻村半年：我在披肩编织帮扶车间学到的三件事（面试素材，可借鉴） - 落选不落志公考社区</title>
<script src="/static/forum.js"></script></head><body>
<div class="hd">⟦m 落选不落志公考社区⟧ ⟦m 一次不行就两次⟧ ⟦a 登录｜注册⟧</div>
<div class="bc">⟦m 社区首页 › 面试素材 › 基层经历⟧</div>
<div class="topic"><h1>{T}</h1>
<div class="u">⟦m 作者：选调生小柯　发布于 2024-08-02 22:41　浏览 1286⟧</div>
{BODY}
<div class="tags">⟦l #面试素材 #基层经历 #选调生⟧</div>
<div class="ops">⟦a 点赞 94　收藏 210　举报⟧</div></div>
<div class="rec"><h4>⟦l 你可能也想看⟧</h4><p>⟦l 结构化面试“我在基层”类题目答题思路⟧</p></div>
<div class="ft">⟦m © 落选不落志公考社区⟧</div>
</body></html>
""",
        body="""
去年底，我作为选调生到杪川县柃岗村驻村。村里有个披肩编织帮扶车间，二十多位留守妇女在这里用手工钩针编织羊毛披肩，产品通过外贸公司出口。半年下来，我在车间学到了三件事。
第一件事，帮扶要找准“接口”。车间能办起来，是因为村里的妇女本来就会钩针，外贸公司又缺手工产能，村委会把两头接上了。做基层工作，要先弄清群众会什么、需要什么。
第二件事，规矩要讲在前头。刚开始，计件工钱怎么算、次品怎么扣，大家意见很大。我们开了三次会，把标准写成大白话贴在墙上，矛盾少了一大半。⟦w 面试一对一模考，评论区扣1领取试听课⟧
第三件事，服务要跟得上。车间的妇女大多要接送孩子，我们协调调整了上下班时间，还在车间一角辟出一间“四点半课堂”。
这半年让我明白，群众的事情没有小事，把小事办好了，群众就认你这个干部。
""",
    ),
    dict(
        slug="wiki-gongwen-entry-chlor-alkali-plan",
        site="公文百科 (invented)",
        style="百科问答",
        genre="方案",
        kind="plan",
        form="text",
        source="https://baike.gongwen-wiki.com/entry/yingjiyuan-qjlj",
        title="氯碱厂液氯泄漏现场处置方案",
        record_title="氯碱厂液氯泄漏现场处置方案_公文百科",
        date=None,
        notes="encyclopaedia entry of a sample plan: edit links, catalogue box, references; template placeholders ××××年×月×日 and example dates not taken as dates",
        page="""
!m 公文百科 — 人人可编辑的公文知识库
!a 编辑　|　讨论　|　历史版本　|　收藏词条
{T}
!m 本词条由“安全生产”专业委员会审核　　浏览次数：3082　　最近更新：2024-09-30
!l 目录　1 适用范围　2 处置程序　3 注意事项　4 参考资料
{BODY}
!l 参考资料：[1] 危险化学品单位应急救援物资配备要求　[2] 氯气安全规程
!l 词条标签：应急预案　现场处置方案　危险化学品
!d 本词条内容仅供参考，如需专业意见请咨询相关机构。
""",
        body="""
现场处置方案是生产经营单位针对具体场所、装置或设施制定的应急处置措施。下面以氯碱厂液氯泄漏为例，给出现场处置方案的一般写法。
一、适用范围
本方案适用于××公司液氯储罐区、液氯包装工段发生液氯泄漏时的现场应急处置。
二、处置程序
1.发现泄漏的人员立即佩戴正压式空气呼吸器，向班长和调度室报告泄漏位置和程度。
2.班长启动现场处置方案，组织无关人员向上风向撤离，设置警戒区。
3.启动事故氯吸收装置，对小量泄漏点采用堵漏工具堵漏；泄漏无法控制时，立即报告公司应急指挥部。
三、注意事项
处置人员必须穿戴重型防化服，严禁用水直接喷射泄漏的液氯。
方案落款处一般写明编制单位和日期，如“××公司安全环保部　××××年×月×日”。修订时应在封面注明版本，例如“2023年第2版”。
""",
    ),
    dict(
        slug="wiki-zhishi-letter-bathtub-testing-html",
        site="知识树百科 (invented)",
        style="百科问答",
        genre="函",
        kind="other",
        form="html",
        source="https://www.zhishishu-baike.com/item/商洽函范例/90215",
        title="关于委托开展亚克力浴缸产品质量检测的商洽函",
        record_title=None,
        date="2024-05-13",
        notes="encyclopaedia page (HTML) whose example is a complete 函 with a real date; edit/share chrome; no record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>商洽函范例_知识树百科</title>
<script src="/js/bk.js"></script></head><body>
<div class="top">⟦m 知识树百科⟧ ⟦a 进入词条⟧ ⟦a 帮助⟧ ⟦a 个人中心⟧</div>
<div class="lemma"><div class="lemma-title">⟦m 商洽函范例⟧ ⟦a 编辑⟧ ⟦a 锁定⟧</div>
<div class="summary">⟦m 商洽函是不相隶属机关之间商洽工作、询问和答复问题时使用的公文。以下为一篇企业与检测机构之间的商洽函示例。⟧</div>
<h2>{T}</h2>
{BODY}
<div class="stat">⟦m 浏览次数：8126次　编辑次数：6次　最近更新：匿名用户⟧</div>
<div class="share">⟦l 分享到：微信 QQ 微博⟧</div></div>
<div class="side"><h4>⟦l 相关词条⟧</h4><p>⟦l 请示与函的区别⟧</p><p>⟦l 复函范例⟧</p></div>
<div class="foot">⟦d 知识树百科内容由网友共同编辑，如有疑问请联系客服⟧ ⟦m ©2024 知识树百科⟧</div>
</body></html>
""",
        body="""
省建筑卫生陶瓷质量检验中心：
我公司是一家专业生产亚克力浴缸的企业，年产各类浴缸约6万只。为进一步提升产品质量，准备参加明年的行业质量评比，我公司拟委托贵中心对主销的三个型号产品开展全项目质量检测。
检测依据为《卫生洁具　浴缸》国家标准，检测项目包括外观、尺寸、耐化学腐蚀、耐污染、耐温差等。检测样品由我公司按贵中心要求送达，检测费用按贵中心收费标准支付。
请贵中心研究后函复，并告知送样时间和具体要求为盼。
联系人：质量部 汤颖，电话：0578-8351276。
菰阳澜韵卫浴有限公司
2024年5月13日
""",
    ),
    dict(
        slug="netdisk-kuaipan-training-plan-wipers-html",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.kuaipan-share.com/s/1Wq8xZr2Lp",
        title="雨刮器装配车间2024年新员工岗前培训计划",
        record_title="雨刮器装配车间2024年新员工岗前培训计划.docx",
        date="2024-02-20",
        notes="cloud-drive share page with file list, save/download buttons, expiry notice; file-name title; training schedule table; 编制日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>雨刮器装配车间2024年新员工岗前培训计划.docx_免费高速下载|快盘分享</title>
<script src="/s/viewer.js"></script></head><body>
<div class="nav">⟦m 快盘分享⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div class="share-info"><h2>{T}</h2>
<p>⟦m 分享者：生产部-老纪　　文件大小：48.6KB　　分享于 2024-03-01⟧</p>
<p>⟦a 保存到我的快盘⟧ ⟦a 普通下载⟧ ⟦a 高速下载（会员）⟧</p>
<p>⟦d 链接有效期：永久有效⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦d 请勿分享违法违规内容，一经发现将封禁账号⟧</div>
<div class="footer">⟦m ©2024 快盘分享⟧</div>
</body></html>
""",
        p_html='<div class="line">{}</div>',
        body="""
一、培训目的
使新员工掌握雨刮器装配工艺、质量标准和安全操作要求，经考核合格后上岗，减少新员工上岗初期的质量问题。
二、培训对象
2024年春节后新入职装配车间员工，共32人。
三、培训安排
日期　内容　讲师
2月26日　公司介绍、安全生产教育　安环部 尹涛
2月27日　雨刮臂、刮片装配工艺　工艺科 卢倩
2月28日　电机总成装配及扭矩控制　工艺科 卢倩
2月29日—3月1日　岗位实操跟班　各班组长
3月4日　理论及实操考核　车间主任
四、考核要求
理论考试80分以上、实操考核合格者方可独立上岗；不合格者延长跟班一周后补考。
装配车间
2024年2月20日
""",
    ),
    dict(
        slug="netdisk-nas-summary-goggles-wrapped",
        site="家用NAS共享页 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://192.168.31.20:5000/sharing/hUq71Kd",
        title="护目镜生产线2024年上半年安全生产工作总结",
        record_title=None,
        date="2024-07-05",
        notes="a NAS share page (text); no record title; hard-wrapped at 68 columns; '第N帧' converter markers glued into the continuation lines; date at the end",
        page="""
!m DS-Home 文件共享
!m 共享者：xiaojin　　有效期至：2024-12-31
!t 护目镜生产线2024年上半年安全生产工作总结.docx
!a ⬇ 下载　　👁 预览（文字版）
{T}
{BODY}
!m 文件路径：/共享/工作/安全/2024上半年总结.docx
""",
        wrap=68,
        indent="\u3000\u3000",
        pages=dict(fmt="第{n}帧", every=240, start=2, glue=True, sep=" "),
        body="""
上半年，护目镜生产线在公司安委会领导下，认真落实安全生产责任制，全线未发生轻伤以上事故和职业病危害事件。现将主要工作总结如下。
一、落实责任。生产线与注塑、镀膜、组装三个班组签订安全生产责任书，每个班组设兼职安全员一名，每日班前讲安全、班后查隐患。
二、排查隐患。上半年共排查隐患54处，已整改52处，剩余2处涉及镀膜设备改造，已列入三季度计划。重点整治了注塑机安全门联锁失效、镀膜间排风不足等问题。
三、职业健康。为镀膜岗位员工更换防毒口罩滤盒，组织接害岗位员工职业健康体检46人次，未发现职业禁忌症。
四、下半年打算。完成镀膜设备改造，开展一次化学品泄漏应急演练，推动班组安全标准化达标。
护目镜生产线
2024年7月5日
""",
    ),
    dict(
        slug="snapshot-souyi-sprocket-news-html-frame",
        site="搜易网页快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.souyi.com/c?u=www.lianlun-tech.com/news/2024/3391.html",
        title="链轮公司与农机企业签订年度配套协议",
        record_title="链轮公司与农机企业签订年度配套协议 - 搜易快照",
        date="2024-03-28",
        notes="a search-engine snapshot frame above the company page: snapshot notice, highlighted keywords; the page's own date line; snapshot stamp is not the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>链轮公司与农机企业签订年度配套协议 - 搜易快照</title></head><body>
<div class="snap-head" style="border:1px solid #ccc">
<p>⟦d 这是搜易对 www.lianlun-tech.com/news/2024/3391.html 的缓存。这是该网页于2024年11月2日06:15的快照。⟧</p>
<p>⟦d 当前页面可能已经更改，请点击这里查看最新网页。搜易和网页作者无关，不对其内容负责。⟧</p>
<p>⟦m 已突出显示下列搜索词：链轮 农机⟧</p></div>
<div class="orig">
<div class="h">⟦m 椴河链轮传动科技有限公司⟧ ⟦m 首页 | 公司简介 | 产品展示 | 新闻资讯 | 联系方式⟧</div>
<h2>{T}</h2>
<p class="t">⟦m 日期：2024-03-28　作者：市场部⟧</p>
{BODY}
<div class="f">⟦m 椴河链轮传动科技有限公司　电话：0578-6122018⟧</div>
</div></body></html>
""",
        body="""
3月26日，公司与菰阳丰收农业机械有限公司签订2024年度链轮、链条配套供货协议，合同金额3800万元，比上年增长25%。
根据协议，公司今年将为丰收农机的联合收割机、旋耕机等产品配套供应各类链轮42万件、传动链条11万米。双方还约定共建联合实验室，开展高耐磨链轮材料和热处理工艺研究。
近年来，公司加大研发投入，自主开发的感应淬火链轮使用寿命提高了30%，已成为多家农机企业的配套供应商。
""",
    ),
    dict(
        slug="snapshot-textcache-drill-bits-notice",
        site="纯文本网页缓存 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://webcache.textonly.net/?q=zuantou-mfg.com%2Fnotice%2F20240129",
        title="关于2024年春节放假及节后复工安排的通知",
        record_title="关于2024年春节放假及节后复工安排的通知",
        date="2024-01-29",
        notes="text-only cache: cache header lines; a drill-bit maker's holiday notice; duty-phone table kept; cache time is not the date",
        page="""
!d 【网页缓存】本页面为纯文本缓存版本，缓存时间：2024-02-03 11:47:09
!d 原网页地址：http://www.zuantou-mfg.com/notice/20240129.html　原网页可能已更新或删除
!m 楠溪精工钻头制造有限公司 > 公司公告
{T}
!m 2024-01-29
{BODY}
!m 楠溪精工钻头制造有限公司　版权所有
!d —— 缓存结束 ——
""",
        body="""
公司各部门、各车间：
根据国家有关规定，结合公司生产经营实际，现将2024年春节放假及节后复工安排通知如下：
一、放假时间：2月8日（腊月二十九）至2月17日（正月初八）放假，共10天；2月18日（正月初九）正常上班。
二、放假前，各车间要做好设备断电、原材料和成品入库封存工作，热处理炉按停炉程序操作，硬质合金刀头库由专人锁闭。
三、放假期间值班安排：
日期　值班领导　值班电话
2月8日—2月12日　董永清　13905781206
2月13日—2月17日　何雪　13905781237
四、节后复工前一天，各车间须组织设备点检和安全检查，确认无误后方可开机生产。
祝全体员工春节愉快、阖家幸福！
楠溪精工钻头制造有限公司
2024年1月29日
""",
    ),
    dict(
        slug="print-niurouwan-pledge-food-safety-html",
        site="潮味牛肉丸协会 (invented)",
        style="打印页",
        genre="承诺书",
        kind="other",
        form="html",
        source="https://www.cwnrw.org/print.php?id=418",
        title="牛肉丸生产经营者食品安全承诺书",
        record_title="打印预览 - 牛肉丸生产经营者食品安全承诺书",
        date="2024-03-15",
        notes="print view (HTML): print/close buttons, URL and print-time footer, 第1页/共1页; a signature and 承诺日期 filled; blank lines for signing",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印预览 - 牛肉丸生产经营者食品安全承诺书</title>
<style>@media print{.noprint{display:none}}</style><script>function doPrint(){window.print()}</script></head><body>
<div class="noprint">⟦a 🖨 打印　✕ 关闭本页⟧ ⟦a 打印设置：A4 纵向⟧</div>
<div class="print-head">⟦m 潮味牛肉丸协会 · 行业自律⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="print-foot">⟦m 页面地址：https://www.cwnrw.org/show.php?id=418⟧<br>⟦m 打印时间：2024-11-08 10:02⟧　⟦p 第1页 / 共1页⟧</div>
</body></html>
""",
        body="""
为落实食品安全主体责任，保障消费者吃上放心牛肉丸，本单位郑重承诺：
一、依法取得食品生产或经营许可证，并在醒目位置公示。
二、采购的牛肉来自定点屠宰企业，索取并留存动物检疫合格证明和肉品品质检验合格证明，不采购、不使用来源不明的肉类。
三、不添加硼砂、工业明胶等非食用物质，不超范围、超限量使用食品添加剂。
四、从业人员持有效健康证明上岗，生产场所每日清洁消毒。
五、冷藏、冷冻产品全程冷链储运，不销售过期、变质产品。
如违反上述承诺，愿意承担相应法律责任，并接受协会通报。
承诺单位（盖章）：菰阳老陈记牛肉丸店
负责人（签字）：陈国良
2024年3月15日
""",
    ),
    dict(
        slug="print-zhimao-holiday-notice-cap-factory",
        site="制帽厂企业网站打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.huayao-caps.cn/print/?aid=227",
        title="关于国庆节放假及订单交付安排的通知",
        record_title="〔打印稿〕关于国庆节放假及订单交付安排的通知",
        date="2024-09-24",
        notes="print view (text): URL and print-time lines, page footer; a delivery table; the notice's 联系电话 kept",
        page="""
!m 华耀帽业（蒲岙）有限公司
!m https://www.huayao-caps.cn/news/show-227.html
!t 〔打印稿〕关于国庆节放假及订单交付安排的通知
{T}
!m 发布日期：2024-09-24　　发布部门：生产计划部
{BODY}
!m 打印于 2024/9/26 下午3:18:44
!p 页 1 / 1
""",
        body="""
各车间、各部门：
根据国家法定节假日安排，结合公司外贸订单交付计划，现将国庆节放假及订单交付安排通知如下：
一、放假时间：10月1日至10月7日放假，10月8日正常上班。
二、订单交付：放假前须完成以下订单的出货：
订单号　品名　数量　交期
HY-2409-031　棒球帽（刺绣）　12000顶　9月28日
HY-2409-044　渔夫帽　8000顶　9月29日
HY-2409-052　针织毛线帽　15000顶　9月30日
三、节前请各车间关闭缝纫机、电熨斗等设备电源，仓库做好防火防盗。
如有疑问请联系生产计划部，电话：0576-85339012。
华耀帽业（蒲岙）有限公司
2024年9月24日
""",
    ),
    dict(
        slug="mail-fwd-rockwool-fire-notice-attachments",
        site="企业邮箱转发邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://exmail.yanmian-tech.com/inbox/msg-20240611-0815",
        title="关于开展岩棉生产线夏季消防安全专项检查的通知",
        record_title="Fwd: 关于开展岩棉生产线夏季消防安全专项检查的通知",
        date="2024-06-07",
        date_also=["2024-06-11"],
        notes="a forwarded mail: mail headers and a forwarder's note are chrome; the document's own 附件 list and 抄送 kept; 成文日期 vs send date",
        page="""
!m 发件人：安环部 陶志远 <taozhiyuan@yanmian-tech.com>
!m 发送时间：2024年6月11日（星期二）上午8:15
!m 收件人：各车间主任 <chejian@yanmian-tech.com>
!m 主题：Fwd: 关于开展岩棉生产线夏季消防安全专项检查的通知
!w 各位主任：集团通知转发给大家，请按要求落实，有问题打我分机 6021。
!m ---------- 转发的邮件 ----------
!m 发件人：集团安全生产管理部
!m 日期：2024年6月7日 17:30
{T}
{BODY}
!d 此邮件及附件可能含有保密信息，如误收请删除并通知发件人。
!a 📎 2 个附件（共 86KB）　下载全部　|　在线预览
""",
        body="""
各子公司：
夏季高温，岩棉生产线熔化炉、固化炉等高温设备多，集棉室、切割工段可燃粉尘和废棉积聚，火灾风险较高。为防范火灾事故，集团决定6月中下旬开展岩棉生产线夏季消防安全专项检查。
一、检查重点
1.熔化炉冷却水系统、固化炉温控及超温报警装置是否完好；
2.集棉室、切割工段废棉和粉尘是否及时清理，除尘系统是否正常运行；
3.消防设施器材是否完好有效，消防通道是否畅通；
4.动火作业审批和监护制度是否落实。
二、工作要求
各子公司6月20日前完成自查，6月25日前将自查报告报集团安全生产管理部；集团将于6月下旬组织抽查。
附件：1.岩棉生产线消防安全检查表
2.自查报告模板
抄送：集团总经理室
集团安全生产管理部
2024年6月7日
""",
    ),
    dict(
        slug="mail-reply-chain-smart-toilet-seat-quality",
        site="邮件回复链 (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="mail://mail.jiejing-sanitary.cn/sent/20241014-0932",
        title="关于智能马桶盖产品质量问题整改情况的复函",
        record_title="答复：Re: 关于智能马桶盖产品质量问题整改情况的复函.docx",
        date="2024-10-12",
        date_also=["2024-10-14"],
        notes="a reply chain: quoted earlier mail and signatures are chrome; file-name-like decorated record title; the document's own 联系人/电话 kept; 成文 vs send date",
        page="""
!m 发件人：洁净卫浴品控部 <qc@jiejing-sanitary.cn>
!m 收件人：楸岭市市场监督管理局质量发展科
!m 时间：2024-10-14 09:32
!m 主题：答复：Re: 关于智能马桶盖产品质量问题整改情况的复函.docx
!w 您好！我司复函见下文及附件，请审阅。如需补充材料请随时联系。
{T}
{BODY}
!m ——————————————
!m 洁净卫浴（楸岭）有限公司 品控部
!m 地址：楸岭市经开区洁净路2号　总机：0578-2200100
!m > 在 2024-09-27 16:02，质量发展科 写道：
!m > 请你公司于10月15日前将整改情况书面报送我局。
""",
        body="""
楸岭市市场监督管理局：
贵局《关于智能马桶盖产品质量监督抽查不合格的通知》收悉。我公司对抽查中发现的JJ-S300型智能马桶盖“温升”项目不合格问题高度重视，立即组织整改。现将整改情况函复如下：
一、原因分析。经排查，不合格原因是该批次产品座圈加热片供应商更换了温控器型号，温控器动作温度偏高，我公司来料检验未能发现。
二、整改措施。已停止销售并召回同批次产品1260台，全部更换合格温控器；对加热片供应商重新开展现场审核；来料检验增加温控器动作温度全检项目。
三、复检情况。整改后产品已送省级检测机构复检，结果合格。
联系人：品控部 侯佳宁，电话：0578-2200136。
洁净卫浴（楸岭）有限公司
2024年10月12日
""",
    ),
]
