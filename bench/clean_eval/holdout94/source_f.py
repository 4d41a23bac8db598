"""holdout94, part F: written blind (see NOTE.md). Invented sites, places, people, numbers."""

CASES = [
    dict(
        slug="corp-qingsi-shampoo-recall-html",
        site="青丝日化有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qingsi-rihua.example.com/news/2025/recall-0619.html",
        title="关于主动召回一批次去屑洗发水的公告",
        record_title="关于主动召回一批次去屑洗发水的公告 | 青丝日化",
        date="2025-06-19",
        notes="corporate site with cookie banner and online-shop line beside the recall line; dotted company date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于主动召回一批次去屑洗发水的公告 | 青丝日化</title></head><body>
<div class="cookie">⟦a 我们使用Cookie来优化网站体验。继续访问即视为同意 [知道了]⟧</div>
<div class="hd">⟦m 青丝日化 QINGSI⟧ <nav>⟦m 品牌故事 产品中心 新闻动态 联系我们⟧</nav></div>
<h1>{T}</h1><p>⟦m 2025.06.19　新闻动态⟧</p>
{BODY}
<div class="shop">⟦m 官方商城客服：400-862-5151⟧</div>
<div class="ft">⟦d © 2025 青丝日化有限公司 版权所有⟧ ⟦m 粤ICP备19044120号⟧</div>
</body></html>
""",
        body="""
尊敬的消费者：
经企业自查，我公司生产的批号为QS250403的400毫升去屑洗发水，防腐剂含量标签标注与实际不一致。为保障消费者权益，我公司决定主动召回该批次全部产品。
请已购买该批次产品的消费者停止使用，凭产品或购买凭证到原购买渠道办理退货，我公司将全额退款。
召回咨询电话：020-3661 8072（工作日9:00-18:00）。
青丝日化有限公司
2025年6月19日
""",
    ),
    dict(
        slug="training-jingying-gem-course-text",
        site="晶莹珠宝鉴定培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="text",
        source="http://www.jingying-gem.example.com/kc/2025qiuji.html",
        title="珠宝玉石鉴定师秋季班招生简章",
        record_title="【秋季招生】珠宝玉石鉴定师秋季班招生简章（附课程表）",
        date=None,
        notes="training school text page: course table one row a paragraph; 400 line beside the school's own 报名电话; relative time not a date",
        page="""
!m 晶莹珠宝鉴定培训学校
!m 首页 - 课程中心 - 秋季班
{T}
!m 发布：招生办　2 天前
{BODY}
!m 全国招生热线：400-900-1717
!w 在线客服：工作日 9:00-21:00，点击右侧图标咨询
!l 往期学员作品 | 考证通过率
""",
        body="""
一、培养目标：掌握钻石、翡翠、和田玉等常见珠宝玉石的鉴定方法，能独立出具鉴定意见。
二、课程安排：
模块　课时　主要内容
宝石学基础　40　晶体光学、宝石物理性质
钻石分级　32　4C分级、仪器使用
翡翠鉴定　48　A货与处理翡翠的区别
三、报名条件：高中及以上学历，对珠宝行业有兴趣者均可报名。
四、报名电话：0771-5562031（学校教务处）。
""",
    ),
    dict(
        slug="fanwenapp-bifeng-typhoon-shelter-html",
        site="文案宝App (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="html",
        source="https://m.wenanbao.example.com/share/plan/7f3b91",
        title="渔港避风锚地台风期间管理工作方案",
        record_title="渔港避风锚地台风期间管理工作方案｜文案宝",
        date="2025-06-30",
        notes="writing-app share page in reading mode: open-app prompts, a VIP copy line inside the body, 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>渔港避风锚地台风期间管理工作方案｜文案宝</title></head><body>
<div class="app">⟦a 在文案宝App内打开，阅读体验更佳⟧</div>
<h1>{T}</h1>
<p>⟦m 作者：港口小编　收藏 88⟧</p>
{BODY}
<div class="cta">⟦a 一键复制 · 智能改写 · 导出Word⟧</div>
<div class="rec">⟦l 相似范文：防汛防台应急预案｜渔船安全生产检查方案⟧</div>
</body></html>
""",
        body="""
为做好台风期间渔港避风锚地管理，保障渔船和渔民安全，制定本方案。
一、锚地划分：将避风锚地划分为东、西两个片区，大型渔船停泊东片区，小型渔船停泊西片区，按船号分区系泊。
⟦a 以下内容开通VIP后可复制⟧
二、进港管理：接到台风预警后，渔港管理站24小时开放，渔船按先小后大的顺序有序进港，严禁抢道。
三、人员撤离：台风登陆前12小时，船上人员全部撤离上岸，由各村负责安置。
四、值班巡查：台风期间实行领导带班和24小时值班，及时处置断缆、走锚等险情。
渚阳镇渔港管理站
2025年6月30日
""",
    ),
    dict(
        slug="gkforum-mianshi-wolf-herder-html",
        site="公考圈论坛 (invented)",
        style="公考论坛",
        genre="面试答案",
        kind="other",
        form="html",
        source="https://www.gongkaoquan.example.com/thread-44120-1-1.html",
        title="面试真题：狼群回归草原，牧民损失谁来补",
        record_title="[面试素材] 面试真题：狼群回归草原，牧民损失谁来补（附参考答案） - 公考圈论坛",
        date=None,
        notes="exam forum with jammer fonts; relative post time; a course ad on a line of its own inside the body",
        junk=dict(lines=1, glued=1),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试素材] 面试真题：狼群回归草原，牧民损失谁来补（附参考答案） - 公考圈论坛</title>
<style>.jammer{font-size:0}</style></head><body>
<div id="hd">⟦m 公考圈论坛 · 一起上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 公考圈 › 面试交流 › 真题解析⟧</div>
<h1>{T}</h1>
<div>⟦m 楼主 上岸小分队　发表于 5 小时前⟧</div>
{BODY}
<div>⟦l 回复(27)　收藏(140)　分享⟧</div>
<div id="ft">⟦m 公考圈论坛 Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
【题目】近年来一些草原地区狼群数量增多，牧民牲畜受损。对此，你怎么看？
【参考答案】生态恢复带来狼群回归，说明保护成效明显，但也带来了人兽冲突，需要妥善平衡。
首先，要完善野生动物致害补偿机制，简化报损流程，提高补偿标准，让牧民吃下“定心丸”。
⟦a 【面试冲刺班】结构化题型精讲，扣1报名⟧
其次，要加强预防，帮助牧民加固围栏、推广护牧犬，减少损失发生。
最后，要推动牧民参与生态保护，把保护成果转化为生态补偿和旅游收益，实现人与自然和谐共生。
""",
    ),
    dict(
        slug="wiki-wenda-wallet-found-entry",
        site="百事通问答百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.baishitong.example.com/wiki/拾得遗失物",
        title="拾得遗失物",
        record_title=None,
        date=None,
        notes="encyclopaedia text page: no record title; an example date and a ×年×月×日 placeholder inside the body are not dates",
        page="""
!m 百事通问答百科
!m 百科首页 > 法律常识 > 民事
{T}
!a 编辑词条　|　收藏　|　分享
{BODY}
!m 本词条浏览 8812 次，最近更新于 昨天
!d 百科内容由用户协作编辑，仅供参考。
""",
        body="""
拾得遗失物，是指发现他人遗失的动产并加以占有的行为。例如捡到钱包、手机、证件等。
根据民法典规定，拾得遗失物应当返还权利人。拾得人应当及时通知权利人领取，或者送交公安等有关部门。
权利人领取遗失物时，应当向拾得人或者有关部门支付保管遗失物等支出的必要费用。
拾得人侵占遗失物的，无权请求支付保管费用等，也无权请求权利人按照承诺履行义务。
常见的招领启事写法是：本人于×年×月×日在××路拾得黑色钱包一个，请失主凭有效证件认领。
招领启事一般张贴在拾得地点附近，也可以交由物业或社区代为发布。
""",
    ),
    dict(
        slug="netdisk-zhanqiao-pier-repair-html",
        site="喵盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.miaopan.example.com/s/8KqP2zW",
        title="汐城客运码头栈桥维修加固施工方案",
        record_title="汐城客运码头栈桥维修加固施工方案.pdf",
        date="2025-10-20",
        notes="cloud-drive share page: file-name title; save/download buttons; a VIP speed prompt; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>汐城客运码头栈桥维修加固施工方案.pdf - 喵盘分享</title></head><body>
<div class="bar">⟦m 喵盘 · 分享文件⟧ ⟦a 登录⟧</div>
<div class="file"><h2>{T}</h2><p>⟦m 分享者：码头工程部　大小：1.4MB　分享于 2025-10-23⟧</p>
<p>⟦a 保存到我的喵盘⟧ ⟦a 下载(1.4MB)⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，下载速度提升至20MB/s⟧</div>
<div class="ft">⟦d 喵盘仅提供存储服务，请勿分享侵权及违规内容⟧</div>
</body></html>
""",
        body="""
一、工程概况：客运码头栈桥长186米，建成于2006年，经检测发现部分桩基混凝土剥落、钢筋锈蚀，需进行维修加固。
二、施工内容：对32根桩基采用钢套管包封加固，更换栈桥面板240平方米，更新护栏和照明设施。
三、施工组织：施工期间客运船舶改由临时浮码头停靠，施工区域设置围挡和警示灯，安排专人值守。
四、工期安排：计划工期60天，避开台风季节，于2025年11月1日开工。
汐城港客运有限公司
2025年10月20日
""",
    ),
    dict(
        slug="snapshot-jiangtun-porpoise-notice-text",
        site="快搜网页快照 / 澧口县农业农村局 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://kuaisou-cache.example.com/snap?url=nyj.likou.example.gov.cn/tz/2025/0301.html",
        title="关于加强长江江豚保护的通告",
        record_title="关于加强长江江豚保护的通告",
        date="2025-03-01",
        notes="text-only cache: snapshot banner with its own date (not the document's), highlighted terms; 成文日期",
        page="""
!d 快搜快照：本页面为 nyj.likou.example.gov.cn/tz/2025/0301.html 在 2025-03-08 的缓存，与原网页可能有差异。
!a 返回原网页　纯文本快照
!m 已为您标出关键词：江豚 通告
!m 澧口县农业农村局 - 通知公告
{T}
{BODY}
!m 澧口县农业农村局主办　鄂ICP备08117730号
""",
        body="""
为加强长江江豚保护，根据《中华人民共和国长江保护法》等有关规定，现通告如下：
一、禁止在江豚出没水域从事非法捕捞、电鱼、炸鱼等活动。
二、船舶在江豚保护区航行时应当减速慢行，发现江豚时主动避让。
三、发现受伤、搁浅的江豚，请立即拨打县渔政执法大队电话0716-6212110报告，不得私自处置。
四、对违反本通告的行为，依法从严查处。
澧口县农业农村局
2025年3月1日
""",
    ),
    dict(
        slug="print-shoufei-toll-station-html",
        site="涞阳高速公路管理处 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lygs.example.cn/print.aspx?aid=7712",
        title="关于春运期间收费站车道保畅措施的通知",
        record_title="〔打印稿〕关于春运期间收费站车道保畅措施的通知",
        date="2025-01-20",
        notes="print view: print header, print footer line, close button; document number neutral; 抄送 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔打印稿〕关于春运期间收费站车道保畅措施的通知</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div>⟦m 涞阳高速公路管理处 网站打印稿⟧</div>
<h2>{T}</h2>
<p>涞高管〔2025〕3号</p>
{BODY}
<div>⟦p ·页 1 / 共 1·⟧</div>
<div>⟦m 打印日期：2025-01-22⟧</div>
</body></html>
""",
        body="""
各收费站：
为做好2025年春运期间高速公路保畅工作，现将有关要求通知如下：
一、春运高峰期间各收费站出入口车道全部开启，高峰时段增派人员开展复式收费。
二、ETC车道故障时，30分钟内完成抢修；无法修复的，改为人工车道并设置提示。
三、收费站广场设置便民服务点，提供热水、充电和道路信息咨询。
涞阳高速公路管理处
2025年1月20日
抄送：市交通运输局、高速交警支队。
""",
    ),
    dict(
        slug="mail-tuoche-tow-fees-forward-html",
        site="县清障救援大队 邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="mailto:bgs@qz-jiuyuan.example.cn",
        title="关于公布高速公路清障拖车收费标准的通知",
        record_title="转发：关于公布高速公路清障拖车收费标准的通知",
        date="2025-04-03",
        date_also=["2025-04-07"],
        notes="forwarded mail as HTML: headers, a forwarding note, the mail's own attachment bar; fee table; confidentiality footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>转发：关于公布高速公路清障拖车收费标准的通知</title></head><body>
<div class="mailhead"><p>⟦m 发件人：清障救援大队办公室 &lt;bgs@qz-jiuyuan.example.cn&gt;⟧</p><p>⟦m 时间：2025-04-07 10:16⟧</p><p>⟦m 收件人：各中队⟧</p></div>
<p>各中队：转发如下，请遵照执行。</p>
<div class="fwd">⟦m -----原始邮件-----⟧</div>
<h3>{T}</h3>
{BODY}
<div class="att">⟦a 附件（1）：收费标准公示牌样式.jpg　下载　预览⟧</div>
<div class="sig">⟦d 此邮件仅供指定收件人使用，未经授权请勿转发⟧</div>
</body></html>
""",
        body="""
各清障救援单位：
根据市发展改革委核定的标准，现将高速公路清障拖车收费标准公布如下：
车型　基本费　每公里拖曳费
小型客车　300元　10元
中型客车　500元　15元
大型货车　900元　25元
各单位要在救援车辆和服务站点显著位置公示收费标准，不得擅自提高收费或强制拖车。
附件：收费标准公示牌样式
涞阳市交通运输局
2025年4月3日
""",
    ),
]
