"""holdout117, part A: public AED defibrillators and CPR training, nursing (母婴) rooms,
pedestrian footbridges, slow-mail letter boxes and lost-child prevention, on 范文 sites,
文库 previews, government and news portals, forums and a blog. Everything invented."""

CASES = [
    dict(
        slug="fanwen-jiwen-aed-plan-oldtable",
        site="集文范本网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.jiwenfb.example.cn/fangan/2025/0412/61873.html",
        title="公共场所自动体外除颤器（AED）配置工作实施方案",
        record_title="公共场所自动体外除颤器（AED）配置工作实施方案（通用2篇）_集文范本网",
        date="2025-04-09",
        notes="old gb2312 table layout: marquee, font-size row, floating write-for-you box, visitor counter; decorated record title; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>公共场所自动体外除颤器（AED）配置工作实施方案（通用2篇）_集文范本网</title>
<script src="/js/stat.js"></script></head>
<body bgcolor="#f4f4ee">
<table width="960" align="center"><tr><td>⟦m 集文范本网——写材料，先来集文⟧</td><td align="right"><a href="/">⟦m 网站首页⟧</a> | <a href="/fav">⟦a 加入收藏夹⟧</a></td></tr></table>
<marquee>⟦l 最新上架：2025年消防安全月活动方案 · 社区应急演练总结 · 卫生健康工作要点⟧</marquee>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 您所在的位置：集文范本网 &gt;&gt; 实施方案 &gt;&gt; 卫生健康⟧</div>
<h2>{T}</h2>
<div>⟦a 【调整字号：特大 中 小】⟧ ⟦m 录入：小集　更新：2025-04-12⟧</div>
{BODY}
<div>⟦a 喜欢这篇？点此一键复制全文⟧</div>
<div>⟦l ↑上一篇：急诊急救大平台建设方案⟧</div><div>⟦l ↓下一篇：校园应急救护培训计划⟧</div>
</td><td width="240" valign="top">
<div>⟦l 点击排行⟧</div><div>⟦l 1. 卫生院年度工作计划⟧</div><div>⟦l 2. 健康教育进社区活动方案⟧</div>
</td></tr></table>
<div style="position:fixed;right:0;top:200px">⟦w 材料赶时间？原创代笔 扣扣 30917528⟧</div>
<table width="960" align="center"><tr><td>⟦m 你是本站第 0041873 位访客⟧</td></tr>
<tr><td>⟦d 本站范文仅供学习参考，严禁整篇抄袭，版权归原作者⟧</td></tr>
<tr><td>⟦m 豫ICP备19008123号-2⟧</td></tr></table>
</body></html>
""",
        body="""
为提升公共场所心脏骤停现场救治能力，根据省卫生健康委有关部署，结合我县实际，制定本方案。
一、工作目标
到2025年底，全县人员密集公共场所AED配置率达到80%以上，每10万人口配置数量不少于50台，重点场所工作人员急救培训覆盖率达到90%。
二、配置范围
（一）交通枢纽：县汽车客运站、高铁站候车厅。
（二）文体场所：体育馆、全民健身中心、图书馆。
（三）其他场所：大型商超、景区游客中心、乡镇政府便民服务大厅。
三、保障措施
各责任单位要明确一名设备管理员，每月检查电池和电极片有效期，并在县急救地图小程序上登记设备位置，方便群众扫码查找最近的AED。
柘川县卫生健康局
2025年4月9日
""",
    ),
    dict(
        slug="fanwen-wenyu-nursing-room-summary-glued",
        site="文语范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.wenyufw.example.com/zj/88215.html",
        title="2024年度母婴室建设工作总结",
        record_title="【精选】2024年度母婴室建设工作总结（可编辑）",
        date=None,
        notes="title printed twice, once glued to the first sentence; writing-service prompt glued after a sentence; member lock between paragraphs; only a year in the title",
        page="""
!m 文语范文 > 工作总结 > 专项总结
{T}
!m 发布者：文语小编　浏览 1.2万　　3天前
!a ☆收藏本页　　⇩ 导出Word
{T}{BODY}
!l 相关推荐：公共场所母婴设施调查报告｜妇联年度工作总结（3篇）｜爱心妈咪小屋倡议书
!d 声明：内容源于网友投稿，如有侵权请联系删除。
""",
        body="""
今年以来，县妇联会同县卫生健康局、住建局，把母婴室建设列入为民办实事项目，全年新建、改建母婴室46个，超额完成年度目标任务。
一是摸清底数。对全县交通场站、医院、商场、景区等场所逐一排查，建立应建场所清单和建设台账。⟦w 需要定制同类材料？微信搜 wy-xiezuo 找老师⟧
二是统一标准。参照省级指引，明确母婴室面积不小于10平方米，配备婴儿护理台、哺乳椅、洗手台和呼叫按钮。
⟦a 以下为会员可读内容，开通年卡立享全文⟧
三是强化管理。推行“一室一码”，群众扫码即可反馈设施损坏和卫生问题，相关单位24小时内响应处理。
下一步，我们将推动母婴室向乡镇卫生院和农村客运站延伸，让更多家庭感受到城市的温度。
""",
    ),
    dict(
        slug="wenku-duyun-footbridge-report-markers",
        site="读云文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.duyun.example.net/view/7f3c21ab90.html",
        title="关于城区人行天桥使用和维护情况的调研报告",
        record_title="关于城区人行天桥使用和维护情况的调研报告.docx",
        date="2025-05-20",
        notes="file-name record title; page markers ⸨n⸩ cutting sentences; preview-end prompt and page count",
        pages=dict(fmt="⸨{n}⸩", every=130, start=2),
        page="""
!m 读云文库 | 文档预览
!m 共 4 页 · 2.1万次阅读 · 上传于 2025-06-03
{T}
{BODY}
!a 预览已到底，剩余 2 页需下载后阅读
!a 立即下载（8 读云币）　　加入文件夹
!d 本文档为用户上传，读云文库仅提供存储服务，侵权请提交申诉。
!l 同类文档：城市道路过街设施规划要点｜天桥电梯加装可行性报告
""",
        body="""
近期，市人大城建环资工委组织部分代表，对城区21座人行天桥的使用和维护情况进行了专题调研。
一、基本情况
城区现有人行天桥21座，其中建成超过15年的9座，加装垂直电梯的仅有3座。调研中随机询问的186名行人中，有六成表示老人推车、携带行李过街不便。
二、存在问题
部分天桥梯道防滑条脱落，雨天易滑倒；个别桥面照明损坏后长期未修；维护经费分散在多个部门，责任不够清晰。
三、意见建议
建议将天桥维护统一划归市政设施管理中心，逐年安排电梯加装计划，优先在医院、学校周边实施。
市人大城建环资工委调研组
2025年5月20日
""",
    ),
    dict(
        slug="wenku-qianshu-slowmail-speech-html",
        site="千书文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qianshuwk.example.com/p-55120937.html",
        title="在“写给十年后的自己”时光信箱启用仪式上的致辞",
        record_title=None,
        date="2025-03-18",
        notes="no record title: the title in the reader's h1; date under the speech title (neutral); page markers as HTML paragraphs; pay prompts",
        pages=dict(fmt="〖第{n}页〗", every=140, start=2),
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>千书文库 - 在线阅读</title></head>
<body>
<header><a href="/">⟦m 千书文库⟧</a> <span>⟦m 海量文档 随心读⟧</span> <a href="/vip">⟦a 开通VIP 免费下载⟧</a> <a href="/login">⟦a 登录/注册⟧</a></header>
<div class="reader">
<h1>{T}</h1>
<p>（2025年3月18日）</p>
<p>蔺山县邮政分公司总经理　秦沐阳</p>
{BODY}
<div class="lock">⟦a 还剩 60% 内容未读，支付 3.9 元解锁全文⟧</div>
</div>
<aside><h4>⟦l 看了又看⟧</h4><ul><li>⟦l 邮政营业网点开业致辞⟧</li><li>⟦l 青少年集邮活动讲话⟧</li></ul></aside>
<footer>⟦d 千书文库所有文档均由用户上传，如有侵权请发邮件告知⟧<br>⟦m 京ICP证20240871号⟧</footer>
</body></html>
""",
        body="""
各位同学、老师们、朋友们：
今天，蔺山县第一个“时光信箱”在我们邮政支局正式启用了。从今天起，大家写下的信件可以在这里保存，到约定的年份再投递到收信人手中。
在消息即时抵达的年代，一封要等上十年才能读到的信，显得格外珍贵。它记录的是此刻的愿望，也考验着写信人对未来的承诺。
我们承诺，每一封寄存的信件都会登记编号、专柜保管，投递前一个月电话核对地址，确保不丢失、不漏投。
最后，欢迎大家常来坐坐，给未来的自己写一封信。谢谢大家！
""",
    ),
    dict(
        slug="gov-jiaoling-aed-notice-html-index",
        site="椒岭县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jiaoling.example.gov.cn/zwgk/xxgk/202506/t20250616_339102.html",
        title="椒岭县卫生健康局关于开展公共场所AED使用培训的通知",
        record_title="椒岭县卫生健康局关于开展公共场所AED使用培训的通知_椒岭县人民政府",
        date="2025-06-16",
        date_also=["2025-06-17"],
        notes="county portal with 索引号 table (neutral doc number), [字号 大 中 小] row; the bureau's own 联系人/电话 beside the portal's 12345 line; 附件 list; 抄送",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>椒岭县卫生健康局关于开展公共场所AED使用培训的通知_椒岭县人民政府</title>
<script>window.dataLayer=[];</script></head><body>
<div class="head">⟦m 椒岭县人民政府⟧ <span>⟦m 无障碍浏览⟧</span> <span>⟦m 长者模式⟧</span></div>
<nav>⟦m 首页 | 政务公开 | 政务服务 | 互动交流 | 走进椒岭⟧</nav>
<div class="pos">⟦m 当前所在：首页 › 信息公开 › 部门文件⟧</div>
<table class="meta"><tr><td>⟦m 索引号：11432531MB1A027X/2025-00417⟧</td><td>⟦m 发布机构：县卫生健康局⟧</td></tr>
<tr><td>⟦m 发文日期：2025-06-17⟧</td><td>椒卫健发〔2025〕31号</td></tr></table>
<h1>{T}</h1>
<div class="tool">⟦a [ 字号 大 中 小 ]⟧ ⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="art">
{BODY}
</div>
<div class="share">⟦l 分享：微信 微博 QQ空间⟧</div>
<div class="rel">⟦l 相关文件：椒岭县院前急救体系建设三年行动计划⟧</div>
<footer><p>⟦m 主办：椒岭县人民政府办公室　政务服务便民热线：12345⟧</p><p>⟦m 湘公网安备 43122502000163号⟧</p><p>⟦m 网站标识码 4312250001⟧</p></footer>
</body></html>
""",
        body="""
各乡镇卫生院，县直各医疗卫生单位：
为提高公共场所AED设备管理人员的现场救护能力，经研究，决定于2025年7月分批开展AED使用培训。现将有关事项通知如下。
一、培训对象：已配置AED场所的设备管理员和安保、服务人员，每个场所不少于2人。
二、培训内容：心肺复苏操作、AED开机与电极片贴放、设备日常检查。
三、培训安排：
批次　时间　地点
第一批　7月8日　县急救中心培训室
第二批　7月15日　县人民医院门诊五楼
四、请各单位于6月30日前报送参训人员名单。联系人：向晓岚，电话：0743-5213096。
附件：1.参训人员报名表
2.AED设备日常检查记录表
椒岭县卫生健康局
2025年6月16日
抄送：县应急管理局、县教育局。
""",
    ),
    dict(
        slug="gov-hengxi-footbridge-closure-text",
        site="蘅溪区人民政府网 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.hengxi.example.gov.cn/tzgg/2025/0302/25761.shtml",
        title="关于临时封闭文昌路人行天桥进行维修的通告",
        date="2025-03-02",
        notes="text-only portal page; detour table; 发布时间 byline; footer with a hotline",
        page="""
!m 蘅溪区人民政府网
!m 首页 » 通知公告
{T}
!m 发布时间：2025-03-02 15:40　来源：区城市管理局　浏览次数：2307
!a 【打印】【关闭】
{BODY}
!l 上一条：关于开展春季道路扬尘整治的通知
!l 下一条：蘅溪区2025年第一批城市更新项目公示
!m 版权所有：蘅溪区人民政府办公室　网站纠错电话：0731-8856011
""",
        body="""
因文昌路人行天桥梯道踏步及桥面铺装维修需要，经研究，决定对该天桥实施临时封闭施工。现将有关事项通告如下。
一、封闭时间：2025年3月6日至4月5日。
二、绕行路线：
方向　绕行方式
由北向南　经文昌路与育才街交叉口人行横道通行
由南向北　经文昌路地下通道通行
三、施工期间请广大市民服从现场人员指挥，注意出行安全，不要翻越围挡。
由此带来的不便，敬请谅解。
蘅溪区城市管理局
2025年3月2日
""",
    ),
    dict(
        slug="news-zhechuan-lostchild-html-caption",
        site="柘川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zcnews.example.cn/sh/2025-05/03/content_118302.htm",
        title="景区“防走失手环”上岗 五一假期助12名走散儿童找到家人",
        record_title="景区“防走失手环”上岗 五一假期助12名走散儿童找到家人_柘川新闻网",
        date="2025-05-03",
        notes="news portal: photo caption between paragraphs, editor line glued after the last paragraph, the title glued to the lead, hot list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>景区“防走失手环”上岗 五一假期助12名走散儿童找到家人_柘川新闻网</title></head><body>
<div class="topbar">⟦m 柘川新闻网 · 柘川人自己的新闻门户⟧ <a>⟦a 客户端下载⟧</a></div>
<nav>⟦m 首页　时政　社会　民生　文旅　视频⟧</nav>
<h1>{T}</h1>
<div class="by">⟦m 2025-05-03 20:15:07　来源：柘川日报　记者 沈若溪⟧</div>
<div class="text">
{BODY}
</div>
<div class="hot"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 柘川南站新增3趟高铁⟧</li><li>⟦l 城区三条道路完成“白改黑”⟧</li></ol></div>
<footer>⟦d 未经柘川新闻网书面授权，不得转载、摘编本网作品⟧ ⟦m 违法和不良信息举报：0743-6120110⟧</footer>
</body></html>
""",
        body="""
⟦t 景区“防走失手环”上岗 五一假期助12名走散儿童找到家人⟧本报讯　五一假期，柘川古镇景区在游客中心免费发放“防走失手环”，家长填写联系电话后为孩子佩戴，孩子一旦走散，工作人员可第一时间联系家长。
⟦m 图为景区工作人员为小游客佩戴手环。（记者 沈若溪 摄）⟧
据统计，假期五天景区共发放手环6800余个，帮助12名走散儿童在平均15分钟内与家人团聚。
景区负责人介绍，手环采用防水材质，不采集任何个人信息，电话号码由家长手写，离园时可自行带走。⟦m （编辑：龙一帆）⟧
""",
    ),
    dict(
        slug="news-xunyang-nursing-room-text-related",
        site="荇洲在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.xingzhou.example.com/2025/0110/c8812.html",
        title="高铁站母婴室“扩容升级” 新增亲子卫生间",
        record_title="高铁站母婴室“扩容升级” 新增亲子卫生间 - 荇洲在线",
        date="2025-01-10",
        notes="news app page text; dotted date line; 'related' box wording; share bar",
        page="""
!m 荇洲在线　>　民生
{T}
!m 荇洲在线　2025.01.10　阅读 5603
{BODY}
!l ［分享到］朋友圈 / 微博 / 复制链接
!l 你可能还想看
!l ▪ 荇洲东站春运将增开临客12对
!l ▪ 公交集团推出“老幼优先”座椅
!d 本文为荇洲在线原创，转载请注明出处。
""",
        body="""
1月10日，记者从荇洲东站获悉，车站候车大厅母婴室改造完成并投入使用，面积由原来的8平方米扩大到26平方米。
改造后的母婴室分为哺乳区、护理区和儿童游乐区，配有温奶器、直饮水机和婴儿护理台，同时新增两间亲子卫生间。
车站客运值班员介绍，春运期间母婴室将安排专人保洁，每两小时消毒一次，旅客如需帮助可按墙上的呼叫按钮。
""",
    ),
    dict(
        slug="forum-jiyi-cpr-post-junk-html",
        site="急医在线论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://bbs.jiyizx.example.com/thread-40918-1-1.html",
        title="参加红十字心肺复苏培训后的几点体会",
        record_title="[学习心得] 参加红十字心肺复苏培训后的几点体会 - 急救交流区 - 急医在线论坛",
        date="2025-02-22",
        notes="Discuz-like forum with jammer fonts; floor meta; reply box; post time as date",
        junk=dict(lines=1, glued=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[学习心得] 参加红十字心肺复苏培训后的几点体会 - 急救交流区 - 急医在线论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 急医在线论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 论坛 › 急救交流区 › 学习心得⟧</div>
<div class="ts"><h1>{T}</h1> ⟦m [复制链接]⟧</div>
<div class="pi">⟦m 楼主　暮雨听荷　发表于 2025-2-22 21:08⟧ ⟦m 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复 支持 反对 举报⟧</div>
<div class="fastpost">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5⟧ ⟦m 苏ICP备20031876号⟧</div>
</body></html>
""",
        body="""
上周末参加了区红十字会组织的心肺复苏和AED培训，一天的课程下来收获很大，写几点体会和大家交流。
第一，按压要够深够快。老师反复强调，成人胸外按压深度5到6厘米，频率每分钟100到120次，我们在模拟人上练了好几轮才达标。
第二，AED没有那么可怕。设备会用语音一步步提示，只要按提示贴好电极片，旁人离开病人身体，按下放电键就行。
第三，先确保现场安全再施救，同时一定要让旁边的人拨打120。
考核通过后拿到了救护员证，希望永远用不上，但真遇到时不至于手足无措。
""",
    ),
    dict(
        slug="forum-liwan-slowmail-thread-text",
        site="楝湾生活论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.liwan.example.net/forum.php?mod=viewthread&tid=883120",
        title="关于给百年老邮局“慢递信箱”写信的倡议",
        record_title="关于给百年老邮局“慢递信箱”写信的倡议",
        date="2025-04-23",
        notes="forum text with anti-scraping junk lines and glued junk; floor meta; signature date",
        junk=dict(lines=2, glued=1),
        page="""
!m 楝湾生活论坛 » 城事杂谈
!m 查看: 1488 | 回复: 37
{T}
!m 1# 楼主 | 老街邮差 | 发表于 2025-4-23 09:12
{BODY}
!l 本帖最后由 老街邮差 于 2025-4-23 09:30 编辑
!l 回复　引用　评分 +5
!l 2# 小满不满：已经写好了，周末带孩子去投！
""",
        body="""
各位街坊邻居：
楝湾老邮局始建于民国初年，去年修缮后重新开门，局里专门设了一只红色的“慢递信箱”。投进去的信，可以选择一年、三年或五年后再寄出。
我们倡议：在世界读书日这天，给家人、给老朋友、给若干年后的自己写一封手写信。
写信不限长短，用邮局提供的专用信封即可，邮资按普通平信收取。
让我们用一封慢慢抵达的信，留住老街的记忆。
楝湾街道“老街记忆”志愿服务队
2025年4月23日
""",
    ),
    dict(
        slug="blog-yanbo-footbridge-walker-wrap",
        site="雁泊的随笔 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://yanbo.blog.example.cn/archives/1207.html",
        title="家门口那座天桥装上了电梯",
        record_title="【随记】家门口那座天桥装上了电梯 | 雁泊的随笔",
        date="2024-11-30",
        notes="hard-wrapped at 62 columns; bracketed blog time; tag line and archive",
        wrap=62,
        indent="　　",
        page="""
!m 雁泊的随笔 — 慢慢走，慢慢看
{T}
!m [2024-11-30 19:42]　分类：城里城外　评论(6)
{BODY}
!l 标签：天桥 / 电梯 / 老人出行
!l « 前一篇：菜场里的秤　　后一篇：冬至包饺子 »
!l 文章归档：2024年12月(3)　2024年11月(7)
!d © 雁泊的随笔，转载请保留原文链接。
""",
        body="""
早上送孩子上学，发现学校对面那座天桥两头的围挡终于拆了，两部崭新的观光电梯亮着灯，已经有几位老人拎着菜篮子排队等着上桥。
这座天桥建于二〇〇六年，梯道又陡又长，母亲腿脚不好，过去每次去对面的医院复查，都要在半道歇两回。听说加装电梯是街坊们去年在人大代表接待日上提的建议，没想到一年就办成了。
电梯口贴着一张告示：早六点到晚十点运行，遇雷雨大风天气暂停。旁边还有一个维保电话，字写得很大，老人也看得清楚。
""",
    ),
]
