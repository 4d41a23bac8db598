"""holdout19, part C: forums, local forums, exam forums, blogs and personal collections.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="forum-fengyou-pledge-bee-products-junk",
        site="蜂友之家论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.fengyouzj.example.com/thread-30918-1-1.html",
        title="关于规范蜂产品市场秩序　抵制假劣蜂蜜的倡议书",
        record_title="转自协会群：关于规范蜂产品市场秩序　抵制假劣蜂蜜的倡议书",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="beekeepers' forum reposting an association's pledge; anti-scraping junk as lines and glued after 。; the pledge's 成文日期 expected, the post's time also accepted; signature and floor replies below",
        page="""
!m 蜂友之家论坛 › 行业资讯 › 协会动态
!m 阅读权限 10　|　回复 9　|　查看 1408
!t 转自协会群：关于规范蜂产品市场秩序　抵制假劣蜂蜜的倡议书
!m 楼主　老郑养蜂　发表于 2025-04-10 06:52
!m 本帖已被 版主·花期 加入精华
{T}
{BODY}
!m ——————————
!m 签名：四十年养蜂人，椴树蜜、荆条蜜自产自销，不掺一滴糖。
!l 沙发　蜜蜂嗡嗡　2025-04-10 07:30
!l 支持！掺假的把我们正经蜂农的名声都搞坏了
!l 板凳　山里槐花香　2025-04-10 08:14
!l 转到我们村的群里了
!a 登录后方可回帖　[登录]　[注册]
!m 蜂友之家论坛 Powered by BBSKit 3.2　鲁ICP备18027719号
""",
        junk=dict(lines=2, glued=4),
        body="""
全市各蜂产品生产经营单位、养蜂合作社及广大蜂农朋友：
近年来，我市蜂产业发展势头良好，蜂群数量稳定在12万群以上，“榧山蜂蜜”品牌影响力逐年提升。但也有个别经营者为追求利益，在蜂蜜中掺入糖浆、冒用产地标识、以次充好，严重扰乱了市场秩序，损害了消费者权益和全市蜂农的声誉。为此，市蜂业协会向全行业发出如下倡议：
一、坚守质量底线。严格执行蜂蜜国家标准，不添加、不掺兑、不使用违禁药物，做到生产有记录、流向可追溯。
二、诚信规范经营。如实标注蜂蜜品种、产地和生产日期，不虚假宣传、不冒用他人品牌，自觉接受市场监管部门和社会监督。
三、主动抵制假劣。发现掺假售假行为，及时向市场监管部门或协会反映，协会将会同有关部门依法处理。协会投诉电话：0535-6027718。
四、共同维护品牌。积极参加协会组织的蜂产品质量检测和技术培训，共同把“榧山蜂蜜”这块金字招牌擦得更亮。
让我们携起手来，以良心做蜜，以诚信立业，推动全市蜂产业健康发展！
榧山市蜂业协会
2025年4月8日
""",
    ),
    dict(
        slug="forum-qibian-html-shared-bike-geofence",
        site="骑遍苘山 cycling forum (invented)",
        style="论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qibianqs.example.cn/forum.php?mod=viewthread&tid=58122",
        title="青骑出行苘山运营中心关于在城区实施电子围栏停放的公告",
        record_title="[骑友互助] 城区电子围栏停放公告，出门前看一下",
        date="2025-03-29",
        notes="Discuz-like cycling forum: jammer font junk inside the post; a forum hook as the record title; the notice has no date of its own, the post's 发表于 is the page date; user card, rating row, reply box",
        page="""
<html><head><meta charset="gbk"><title>[骑友互助] 城区电子围栏停放公告，出门前看一下 - 城市骑行 - 骑遍苘山</title></head><body>
<div id="hd">⟦m 骑遍苘山 · 车轮上的小城⟧　<a>⟦a 注册骑友号⟧</a> <a>⟦a 忘记密码？⟧</a></div>
<div id="pt">⟦m 骑遍苘山 › 城市骑行 › 查看帖子⟧</div>
<div class="pl">
<table><tr>
<td class="pls"><p>⟦m 风过苘山⟧</p><p>⟦m UID 30217　里程 4120 km　在线 611 小时⟧</p></td>
<td class="plc">
<h1>⟦t [骑友互助] 城区电子围栏停放公告，出门前看一下⟧</h1>
<p class="authi">⟦m 发表于 2025-3-29 20:41　|　只看楼主　|　楼层直达⟧</p>
<div class="t_f">
<p>{T}</p>
{BODY}
</div>
<div class="rate">⟦l 参与人数 3　车币 +6　理由：有用　有用　收藏了⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td></tr></table></div>
<div class="pgs">⟦l ‹ 上一主题　下一主题 ›⟧</div>
<div id="fastpost">⟦a 登录后才能参与讨论　登录 ｜ 注册新账号⟧</div>
<div id="ft">⟦m 骑遍苘山 ( 皖ICP备19045538号 )　GMT+8, 2025-4-2 11:05⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
尊敬的市民朋友：
为解决共享单车乱停乱放、占用盲道和消防通道等问题，根据城市管理部门要求，青骑出行苘山运营中心将于2025年4月1日起在城区实施电子围栏停放管理。现将有关事项公告如下：
一、停放规则。用户还车时须将车辆停放在App地图上标示的蓝色停车点内，系统定位确认后方可还车。在停车点外还车的，将加收5元调度费。
二、禁停区域。人民广场、汽车站、第一人民医院门前广场及主干道盲道、消防通道为禁停区域，禁停区内无法还车。
三、过渡安排。4月1日至4月14日为试运行期，期间在停车点外还车只作提醒、不收调度费。
四、意见反馈。如发现停车点设置不合理，可通过App“意见反馈”栏目或客服电话4006-318-520反映，运营中心将及时调整优化。
感谢广大市民的理解和支持，让我们共同营造整洁有序的城市环境。
""",
    ),
    dict(
        slug="forum-chunxi-runners-plan-walking-relative-time",
        site="椿溪跑者论坛 (invented)",
        style="论坛",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.chunxirun.example.net/t/4471",
        title="椿溪县2025年全民健步走系列活动方案",
        record_title=None,
        date=None,
        notes="no record title; a runners' forum post of a seniors' sports association's plan; a relative time ('发布于 3天前') and a year in the title are no dates; a schedule table; floor replies",
        page="""
!m 椿溪跑者论坛　>　赛事活动　>　健步走
!t 老年体协发的健步走方案，跑团的兄弟姐妹可以带上家里老人
!m 阿杰爱跑步　发布于 3天前　｜　👁 902　｜　💬 6
{T}
{BODY}
!m （以上内容转自县老年人体育协会，如有变动以协会通知为准）
!l #1　晨跑的猫：我妈已经报名了
!l #2　半马330：第二站那条绿道风景很好
!l 写下你的回复……
!a 提交回复
!m 椿溪跑者论坛 · 跑步让生活更美好
""",
        body="""
为深入开展全民健身运动，丰富中老年人精神文化生活，县老年人体育协会决定在全县组织开展2025年全民健步走系列活动。
一、活动主题
健步新时代　乐享好生活
二、活动安排
站次　时间　线路　距离
第一站　4月19日　椿溪公园环湖步道　5公里
第二站　5月24日　滨河绿道（城北段）　6公里
第三站　9月20日　古樟村乡村振兴示范路线　6公里
第四站　10月18日　县城环城健身步道　8公里
三、参加对象
全县身体健康、能够完成规定距离的中老年人，每站限报400人，以乡镇（社区）老年体协为单位组队报名。
四、安全保障
每站设起点、终点和3个补给点，安排医护人员和志愿者全程保障。参加人员须签订安全承诺书，患有心脑血管等疾病者不宜参加。
五、报名方式
各乡镇（社区）老年体协于每站活动前10天将报名表报送县老年体协办公室，联系电话：0795-3226418。
""",
    ),
    dict(
        slug="localforum-jiawan-text-charging-pile-notice-junk",
        site="葭湾在线 (invented county forum)",
        style="地方论坛",
        genre="告知书",
        kind="notice",
        form="text",
        source="https://bbs.jiawanol.example.com/thread-220613-1-1.html",
        title="致小区业主的充电桩安装告知书",
        record_title="致小区业主的充电桩安装告知书 - 葭湾生活 - 葭湾在线",
        date="2025-08-01",
        date_also=["2025-08-02"],
        notes="county forum: junk lines and glued junk; decorated record title (- board - site); the letter's date expected, the post's 发布于 also accepted; the company's 服务电话 stays, the forum's ad contact is chrome",
        page="""
!m 葭湾在线 — 葭湾人自己的网上家园
!m 首页 › 葭湾生活 › 小区物业
!t 致小区业主的充电桩安装告知书 - 葭湾生活 - 葭湾在线
!m 发布于 2025-08-02 19:06　　楼主：湾畔居民
{T}
{BODY}
!a 赞 27　　踩 1　　收藏　　分享到朋友圈
!w 商家入驻、广告投放请联系站务：18007926135（同微信）
!l 热帖：葭湾二中今年录取分数线出炉｜滨江路夜市下月开张｜谁知道哪里修电动车便宜
!m 葭湾在线 版权所有 © 2009-2025
""",
        junk=dict(lines=1, glued=3),
        body="""
尊敬的各位业主：
为满足小区新能源汽车充电需求，经小区业主委员会表决同意，并报街道和供电部门备案，葭湾锦园小区将建设公共充电站一座。建设运营单位为葭湾易充新能源科技有限公司。现将有关事项告知如下：
一、建设位置：小区北门地面停车场东侧，共设置直流快充桩8个、交流慢充桩16个。
二、施工时间：2025年8月10日至9月10日。施工期间，北门地面停车场东侧车位暂停使用，请相关车主提前挪车。
三、收费标准：充电服务费按物价部门核定标准执行，快充每千瓦时0.6元，慢充每千瓦时0.4元，电费按供电部门公布的电价另计。
四、安全措施：充电站配备烟感报警、视频监控和自动灭火装置，由运营单位24小时远程值守，每月开展一次安全巡检。
如有疑问，请联系运营单位服务电话：0792-5588312，或到物业服务中心咨询。
葭湾易充新能源科技有限公司
葭湾锦园小区物业服务中心
2025年8月1日
""",
    ),
    dict(
        slug="localforum-liwan-html-weigh-station-notice",
        site="栎湾家园 (invented local forum)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.liwanjy.example.net/thread-88073-1-1.html",
        title="关于栎湾超限检测站启用不停车预检系统的通告",
        date="2025-09-12",
        date_also=["2025-09-14"],
        notes="local forum post with jammer font junk, a user card, a moderator's note and a reward row; the notice's 成文日期 expected and the post's time also accepted; 治超 hotline in the text",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于栎湾超限检测站启用不停车预检系统的通告 - 交通出行 - 栎湾家园</title></head><body>
<div class="hd">⟦m 栎湾家园⟧ <span>⟦m 有事上家园，家事大家帮⟧</span> <a>⟦a 手机版⟧</a> <a>⟦a 签到领金币⟧</a></div>
<div class="bread">⟦m 栎湾家园 » 交通出行 » 路况资讯⟧</div>
<div class="post">
<div class="user">⟦m 路通栎湾⟧<br>⟦m 认证：交通志愿者　金币 3310⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="time">⟦m 楼主　发表于 2025-09-14 10:22⟧</div>
<div class="tip">⟦m 【版主提示】本帖为官方通告转载，已核实来源⟧</div>
<div class="message">
{BODY}
</div>
<div class="reward">⟦l 打赏 5 人　查看全部评分⟧</div>
</div></div>
<div class="reply">⟦l 快速回复：说点什么吧……⟧ <button>⟦a 发表⟧</button></div>
<div class="ft">⟦m 栎湾家园 liwanjy.example.net　( 湘ICP备17016630号-1 )⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
为进一步提高治理车辆超限超载工作效率，减少守法车辆通行等待时间，经县人民政府同意，栎湾超限检测站将于2025年9月20日起启用不停车预检系统。现将有关事项通告如下：
一、货运车辆途经G328线栎湾超限检测站时，应按照标志标线指示减速通过预检车道，车速不得超过40公里/小时。
二、预检系统对车辆轴数、总重进行自动称重。预检合格的车辆直接驶离；预检显示涉嫌超限的车辆，由电子显示屏提示进入检测站复检。
三、拒不进站接受复检、强行冲卡或者采取短途驳载等方式逃避检测的，依法从重处理，并纳入交通运输信用管理。
四、对检测结果有异议的，可现场申请复核，也可拨打治超监督电话0730-4619122反映。
特此通告。
栎湾县交通运输局
栎湾县公安局交通警察大队
2025年9月12日
""",
    ),
    dict(
        slug="gkforum-sanzhi-summary-service-term-junk",
        site="三支一扶交流社区 (invented)",
        style="公考论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://bbs.szyf-club.example.com/thread-11305-1-1.html",
        title="三支一扶服务期满个人工作总结",
        record_title="【上岸经验】三支一扶服务期满个人工作总结（考核材料，供参考）",
        date="2025-07-21",
        notes="exam forum: decorated record title; glued junk; the post's 发表于 line is the only date; an edited stamp (no date), a signature line and replies",
        page="""
!m 三支一扶交流社区 › 服务期经验 › 考核总结
!t 【上岸经验】三支一扶服务期满个人工作总结（考核材料，供参考）
!m 发表于 2025-7-21 22:18 · 来自 手机
!m 本帖最后由 禾下乘凉 于 昨天 23:02 编辑
{BODY}
!m 签名 ——— 服务两年，定向考上了乡镇事业编，感谢社区各位前辈！
!l 回复 #2 芝麻开花：楼主哪个省的？定向名额多吗
!l 回复 #3 禾下乘凉：回 #2 我们省今年定向62个
!a 回帖后可下载 Word 版本（需论坛币 2）
!m 三支一扶交流社区 · 非官方网站，报考请以各省人社厅公告为准
""",
        junk=dict(lines=1, glued=3),
        body="""
2023年7月，我通过“三支一扶”计划招募考试，被分配到苘山县荻溪乡农业综合服务中心从事支农工作。两年来，在乡党委、政府的关心指导下，我认真履职、虚心学习，较好地完成了各项工作任务。现将服务期工作总结如下。
一、思想政治方面。我坚持参加乡机关党支部组织生活，认真学习党的创新理论和“三农”政策，服务期内被吸收为中共预备党员，并按期转正。
二、工作业务方面。一是协助做好耕地地力保护补贴、农机购置补贴等惠农资金发放，两年共核对补贴信息1.1万余条，未出现差错。二是参与高标准农田建设项目监督，整理项目档案46卷。三是利用所学专业，在全乡推广水稻病虫害绿色防控技术，组织农民培训8期。
三、服务群众方面。我主动联系2个村的12户困难群众，帮助他们申请临时救助、办理医保报销，协调解决子女上学问题3件。
四、不足与打算。服务期间我也存在基层经验不足、与群众沟通方法不多等问题。今后无论在哪个岗位，我都将牢记基层的历练，继续扎根基层、服务群众。
""",
    ),
    dict(
        slug="gkforum-shegong-html-report-grid-worker",
        site="社工考友圈 (invented exam forum)",
        style="公考论坛",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.shegongky.example.cn/p/77290.html",
        title="社区网格员2024年度述职报告",
        record_title=None,
        date="2025-01-06",
        notes="community-worker exam forum: no record title; an exam-prep banner, tag pills, a bounty row; the 述职人 line and 成文日期 at the end",
        page="""
<html><head><meta charset="utf-8"><title>社工考友圈 - 社区工作者考试交流</title></head><body>
<div class="ad">⟦a 社区工作者笔试冲刺班开课啦，报名立减200 →⟧</div>
<div class="hd">⟦m 社工考友圈⟧ ⟦m 首页 · 备考资料 · 面试真题 · 岗位经验⟧</div>
<div class="post">
<div class="tags">⟦l #述职报告　#网格员　#岗位经验⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 考友 冉秋 · 社区工作者（在职） · 浏览 3,512⟧</div>
<div class="bd">
{BODY}
</div>
<div class="bounty">⟦l 觉得有帮助？送楼主 1 朵小红花 🌺⟧</div>
<div class="cmt"><p>⟦l 全部回复（14）⟧</p><p>⟦l 在职考友小周：写得很接地气，面试可以参考⟧</p></div>
</div>
<div class="ft">⟦d 社工考友圈所有帖子均为用户发布，观点不代表本站，转载请注明出处。⟧</div>
</body></html>
""",
        body="""
各位领导、各位同事：
2024年，我在社区党委的领导下，负责第七网格的日常管理工作。网格内共有住户486户、常住人口1320人，其中60岁以上老人312人、重点关爱对象27人。现将一年来的履职情况报告如下。
一、摸清底数，做到“人进户、户进格”。全年入户走访2100余户次，更新人口信息560余条，做到网格内人、房、事、物底数清、情况明。
二、化解矛盾，做到“小事不出格”。及时发现并调解邻里纠纷、物业纠纷等各类矛盾31起，调解成功29起，协助上报并处置安全隐患18处。
三、服务群众，做到“有求必应”。为行动不便的老人代办医保、养老认证等事项96件次，组织网格内志愿者开展助老、助残服务40余次。
四、存在不足。一是对网格内新入住的年轻住户了解不够；二是信息化工具运用不够熟练，部分台账仍靠手工填写。
新的一年，我将继续努力，把网格服务做细做实，让居民群众更满意。
述职人：冉秋
2025年1月6日
""",
    ),
    dict(
        slug="blog-shiqing-speech-occupational-health-week",
        site="石医生的职业健康笔记 (invented blog)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://shiqing-oh.blog.example.net/2025/04/28/zhici/",
        title="在2025年《职业病防治法》宣传周启动仪式上的致辞",
        date="2025-04-25",
        date_also=["2025-04-28"],
        notes="doctor's blog: the speech's own date under the title expected, the post time also accepted; speaker line neutral; a reading-time line, tags, likes and comments",
        page="""
!m 石医生的职业健康笔记
!m 守护每一位劳动者的呼吸与听力
!m 首页 · 科普 · 讲稿 · 关于
{T}
市职业病防治院院长　石青
（2025年4月25日）
!m 发表于 2025年4月28日 21:37 · 阅读约 4 分钟 · 分类：讲稿
{BODY}
!l 标签：职业健康　宣传周　致辞
!a ♥ 喜欢（31）　✉ 订阅本博客
!l 评论 · 2
!l 矿山老工人：石院长讲得实在，尘肺病真要早预防。
!l 留下你的评论（邮箱不会公开）
!m © 2025 石医生的职业健康笔记 · 由 Typecho 驱动
""",
        gap=True,
        body="""
各位领导、各位来宾，企业职工朋友们：
大家上午好！今天是2025年《职业病防治法》宣传周的第一天。在这里，我谨代表市职业病防治院，向长期关心支持职业健康工作的各级领导和社会各界表示衷心感谢！
今年宣传周的主题是“健康守护　职责共担”。据统计，我市目前有存在职业病危害因素的用人单位1900余家，接触粉尘、噪声、化学毒物的劳动者超过8万人。职业病可防可控，但一旦发生，往往难以治愈。做好职业病防治工作，关键在于预防。
宣传周期间，我院将组织专家走进企业、走进工地，开展免费职业健康咨询和听力、肺功能筛查，计划服务劳动者5000人次。我们也呼吁各用人单位切实落实主体责任，为劳动者配备合格的防护用品，按规定组织职业健康检查。
最后，预祝本次宣传周活动取得圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="blog-yanxin-html-summary-geological-brigade",
        site="岩芯日志 (invented blog of a geological-brigade engineer)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://yanxin-log.example.org/posts/2025-h1-zongjie.html",
        title="第七地质大队2025年上半年地质灾害隐患排查工作总结",
        record_title="第七地质大队2025年上半年地质灾害隐患排查工作总结 | 岩芯日志",
        date="2025-07-04",
        notes="static blog template: site header, post date in a <time> element (the post's date), a table of figures; the summary's 成文日期 is the same day; tag list, prev/next, a webmention box",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>第七地质大队2025年上半年地质灾害隐患排查工作总结 | 岩芯日志</title>
<meta name="generator" content="Hugo 0.128"></head><body>
<header><a href="/" class="brand">⟦m 岩芯日志⟧</a><p>⟦m 一个野外地质工程师的工作记录⟧</p>
<nav>⟦m 文章　归档　标签　关于我⟧</nav></header>
<main><article>
<h1>{T}</h1>
<p class="meta"><time datetime="2025-07-04">⟦m 2025-07-04⟧</time> ⟦m · 约 1400 字 · 工作文档⟧</p>
<section class="content">
{BODY}
</section>
<p class="tags">⟦l #地质灾害　#汛期　#隐患排查⟧</p>
<nav class="pn"><a>⟦l ← 野外记录本的十个习惯⟧</a> <a>⟦l 下雨天的值守日记 →⟧</a></nav>
<section class="wm"><p>⟦l 提及本文：在你的博客写点什么，然后把链接发到这里⟧</p><input><button>⟦a 发送⟧</button></section>
</article></main>
<footer>⟦m © 2021–2025 岩芯日志 · CC BY-NC 4.0 · RSS⟧</footer>
</body></html>
""",
        body="""
今年上半年，大队按照省自然资源厅和槲山市自然资源和规划局的统一部署，承担了槲山市4个县（区）的汛前地质灾害隐患排查和汛期技术支撑任务。现将工作情况总结如下。
一、完成的主要工作
（一）汛前排查。组织技术人员62人、分成15个小组，对4个县（区）已登记的地质灾害隐患点和切坡建房户开展全面排查，新发现隐患点27处，核销已治理隐患点19处。
（二）汛期驻守。5月1日起，向4个县（区）各派驻技术专家2名，累计参与会商研判41次，开展应急调查23起，协助转移受威胁群众310人。
（三）群测群防培训。为乡镇、村组群测群防员举办培训班12期，培训1160人次，发放《地质灾害识别与避险手册》3000册。
主要工作量统计如下：
项目　计划　完成
隐患点排查（处）　1240　1268
应急调查（起）　—　23
培训（人次）　1000　1160
二、存在的问题
部分新增隐患点位于偏远山区，交通和通信条件差，监测预警设施覆盖不足；个别乡镇群测群防员变动频繁，培训效果难以巩固。
三、下半年工作安排
继续做好主汛期技术支撑，完成新增隐患点详细调查和监测设备安装，配合开展地质灾害风险普查成果应用。
第七地质大队
2025年7月4日
""",
    ),
    dict(
        slug="anthology-laoyu-speech-party-history-lecture",
        site="老俞文存 (invented personal collection of a retired Party-history researcher)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://laoyu-wencun.example.cn/wenji/juan3/017.html",
        title="在全县新任科级干部党史专题培训班上的辅导讲稿",
        record_title="【旧文重温】在全县新任科级干部党史专题培训班上的辅导讲稿",
        date="2024-11-05",
        notes="personal collection: decorated record title; a date under the title in Chinese numerals (neutral line); a collection volume line and an author's afterword (chrome) after the body; a 写于 line is no date",
        page="""
!m 老俞文存 · 卷三 · 讲稿
!t 【旧文重温】在全县新任科级干部党史专题培训班上的辅导讲稿
!m 收入本集第17篇　|　整理：俞平川
{T}
（二〇二四年十一月五日）
{BODY}
!m 【整理者按】本篇据讲课录音整理，个别数字经再次核对。写于2025年春。
!l 本卷目录：上一篇 · 第16篇《村史编写的几点体会》　下一篇 · 第18篇《地方党史人物小传写作要领》
!d 本文存所收文字均为作者本人作品，转载请注明出处。
""",
        gap=True,
        indent="\u3000\u3000",
        body="""
同志们：
受县委组织部邀请，今天和大家一起学习交流我县的党史。各位都是刚走上科级领导岗位的同志，学好党史，特别是学好我们脚下这片土地上的党史，对于做好今后的工作很有好处。下面，我讲三个方面。
一、党组织在槲山的建立和发展
1927年秋，槲山第一个党支部在城南小学秘密成立，只有党员5人。在极端困难的条件下，党组织领导群众开展抗租抗税斗争，先后有200多名共产党员和革命群众为革命献出了生命。这段历史告诉我们，信念的力量是无穷的。
二、新中国成立后的艰苦创业
新中国成立初期，槲山山多地少、十年九旱。全县干部群众肩挑背扛，用了整整八年时间修成了长达46公里的红旗渠干渠，灌溉农田3万余亩。修渠期间，县委主要领导长期吃住在工地，和群众一起抬石头、打炮眼，留下了“干部不歇手，群众不停脚”的佳话。
三、学党史要落到干事创业上
学习党史，不是为了怀旧，而是为了从历史中汲取智慧和力量。希望大家学习老一辈共产党人心里装着群众、敢于吃苦的精神，在新的岗位上干出新的业绩。
以上是我的一点学习体会，不当之处请大家批评指正。
""",
    ),
    dict(
        slug="anthology-jiumeng-summary-liaison-office-wrapped-pilcrow",
        site="旧梦集 (invented personal collection)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://jiumengji.example.net/old-papers/2018-zongjie.txt.html",
        title="县驻京联络处2018年工作总结",
        record_title=None,
        date="2018-12-25",
        notes="no record title; a retired clerk's collection of old papers: hard-wrapped at 58 columns and cut by '¶n' markers glued to the continuation; 成文日期 under the signature; a collection's 录入 stamp is no date",
        page="""
!m 旧梦集 · 旧文档案（第二辑）
{T}
!m 录入于2024年12月 · 原件为打印稿
{BODY}
!m 〔录入说明：原文数字照录，未作修改。〕
!l ← 返回第二辑目录
!m 旧梦集　仅供个人收藏与交流
""",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="¶{n}", every=170, start=2, glue=True),
        body="""
2018年，驻京联络处在县委、县政府的领导下，紧紧围绕全县中心工作，在联络服务、招商引资、信息报送和接待保障等方面做了大量工作。现总结如下。
一、联络服务更加有效。全年走访国家部委和相关单位120余次，协助县直部门争取上级项目资金1.36亿元；建立在京槲山籍人士联络名册，联系人数达到420人。
二、招商引资取得新成效。组织和参加各类招商推介活动9场，接待来京考察客商36批次，协助引进项目4个，协议投资额8.6亿元。
三、信息报送质量提高。全年向县委、县政府报送各类信息210条，其中被县委、县政府领导批示的12条，为领导决策提供了参考。
四、内部管理更加规范。修订完善财务管理、车辆管理、接待管理等制度8项，全年公务接待费用同比下降21%。
明年，我们将继续发挥驻京窗口作用，在争取项目、招商引资和服务在京人员方面取得新的更大成绩。
槲山县人民政府驻北京联络处
2018年12月25日
""",
    ),
]
