"""holdout304, part F: exam forums, encyclopaedias, cloud drives, search caches, print views
and forwarded mails (each once as HTML and once as text). Every case written by hand.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="examforum-zhoudu-interview-hanger-recycling-jammer",
        site="舟渡公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://www.zhougongkao.com/thread-51207-1-1.html",
        title="社区开展旧衣架回收活动，居民参与不积极，你怎么办？",
        record_title="〖结构化·真题复盘〗社区开展旧衣架回收活动，居民参与不积极，你怎么办？（附评分细则）- 结构化面试 - 舟渡公考社区",
        date=None,
        notes="exam forum: jammer-font junk in the answer, a reply-to-see prompt, a QQ-group ad, a rating row; relative post time (no date)",
        page="""
<html><head><meta charset="utf-8"><title>〖结构化·真题复盘〗社区开展旧衣架回收活动，居民参与不积极，你怎么办？（附评分细则）- 结构化面试 - 舟渡公考社区</title>
<style>.jammer{position:absolute;left:-9999px}</style></head><body>
<div id="hd">⟦m 舟渡公考社区⟧ ⟦m 一起渡过这道口⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 舟渡公考社区 › 面试交流 › 结构化面试⟧</div>
<div class="hm">⟦m 查看: 3318 | 回复: 64⟧</div>
<table><tr><td class="pls">⟦m 上岸的小舟⟧<br>⟦m 已上岸　积分 2730⟧</td>
<td class="plc"><h1>⟦t 〖结构化·真题复盘〗社区开展旧衣架回收活动，居民参与不积极，你怎么办？（附评分细则）⟧</h1>
<div class="authi">⟦m 发表于 4 天前 | 只看该作者⟧</div>
<div class="t_f">
<p>⟦m 题目：⟧{T}</p>
{BODY}
</div>
<div class="locked">⟦a 【评分细则】本帖隐藏内容，回复后刷新可见⟧</div>
<div class="rate">⟦l 评分　参与人数 12　渡币 +36　收起⟧</div></td></tr></table>
<div class="ad">⟦w 面试模考群：舟渡公考2群 QQ 872203114，备注真题⟧</div>
<div id="ft">⟦m 舟渡公考社区　京ICP备23011806号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
我会从了解原因、改进方式、扩大参与三个方面来做。
首先，摸清居民不积极的原因。我会在社区微信群发起简单的问卷，并到小区门口和居民面对面聊，看看是不知道活动、觉得麻烦，还是觉得旧衣架不值得回收。
其次，针对原因改进活动方式。如果是嫌麻烦，就在每栋楼下设回收点，居民下楼倒垃圾顺手就能投放；如果是觉得没意义，就设置积分兑换，交回一定数量的衣架可以兑换洗衣液、绿植等生活用品。
最后，发动身边人带动更多人。请楼栋长、志愿者先带头参与，把回收的衣架用于社区义卖，并公开义卖所得的去向，让居民看到实实在在的效果。
""",
    ),
    dict(
        slug="examforum-modaoshi-essay-coat-hooks-junk",
        site="磨刀石公考论坛 (invented exam forum), text",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://bbs.modaoshi.net/t/90332",
        title="小小衣帽钩里的民生温度",
        record_title="〔大作文练手〕小小衣帽钩里的民生温度（盼老师点评）- 申论天地 - 磨刀石公考论坛",
        date=None,
        notes="exam forum as text: forum junk as lines and glued after 。; a moderator's comment and replies; relative times only (no date)",
        page="""
!m 磨刀石公考论坛
!m 首页 » 申论天地 » 大作文批改区
!t 〔大作文练手〕小小衣帽钩里的民生温度（盼老师点评）
!m 楼主：刷题到天亮　发表于 前天 23:08　浏览 944
{BODY}
!l 版主点评：立意不错，第二段例子可以再具体些，结尾要回扣题目。
!l 2楼　考编人小林：写得真好，收藏了
!a 回复本帖　|　收藏　|　分享
!m 磨刀石公考论坛　手机版　|　小黑屋
""",
        junk=dict(lines=2, glued=2),
        body="""
在簑岭县的公共厕所里，每个厕位的门后都多了一个不起眼的衣帽钩。钩子虽小，却挂住了群众的方便，也挂住了基层治理的民生温度。
民生无小事。群众如厕时手里的包、身上的外套无处可放，看似是小问题，却实实在在影响着群众的感受。一个衣帽钩花不了几块钱，但它体现的是从群众需求出发的治理思维。
做好民生工作，既要办好修路架桥的大事，也要做好衣帽钩这样的小事。基层干部要多到群众中去，多问一句“还缺什么”，把群众的小烦恼当成自己的大事情。
小小衣帽钩，折射的是为民情怀。只有把群众的冷暖挂在心上，才能赢得群众的真心拥护。
""",
    ),
    dict(
        slug="encyclopedia-wanwu-entry-vanity-box-h1",
        site="万物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanwubaike.com/item/梳妆盒/20417",
        title="梳妆盒",
        record_title=None,
        date=None,
        notes="no record title: the entry name in the h1, which also opens the body (head); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, an edit link glued to a section heading; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>万物百科</title>
<script src="/static/wwbk.js"></script></head><body>
<div class="wb-top">⟦m 万物百科⟧ <span>⟦m 天下万物，一查便知⟧</span> <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="wb-tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="wb-sub">⟦m 盛放梳妆用品的匣盒⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名⟧</td><td>⟦m 梳妆盒⟧</td></tr>
<tr><td>⟦m 别　名⟧</td><td>⟦m 妆奁、镜匣⟧</td></tr>
<tr><td>⟦m 用　途⟧</td><td>⟦m 收纳梳具、镜子、首饰⟧</td></tr>
</table>
<div class="toc"><b>⟦l 目录⟧</b>⟦l 1 历史沿革　2 形制⟧</div>
<div class="wb-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《洨阳民间漆艺》，洨阳出版社⟧</p><p>⟦l [2] 《中国古代妆具图说》⟧</p></div>
<div class="wb-foot">⟦d 词条内容由网友协作编辑，仅供参考。⟧ ⟦m 万物百科 wanwubaike.com⟧</div>
</body></html>
""",
        body="""
梳妆盒，又称妆奁，是用来盛放梳子、镜子、脂粉和首饰等梳妆用品的盒子，多为木制或漆制。⟦m [1]⟧
历史沿革⟦a ✎编辑本节⟧
早在汉代，贵族女子就使用多层漆奁盛放梳妆用品。明清以后，梳妆盒在民间普及，常作为女子出嫁时的陪嫁之物，盒盖上多雕刻或描绘吉祥图案。⟦m [2]⟧
形制
传统梳妆盒多为方形或长方形，盒盖内侧镶嵌镜子，打开盒盖即可支起镜面；盒内设有格层或抽屉，分别放置不同物品。现代梳妆盒材质更加多样，有竹编、塑料、皮革等。
""",
    ),
    dict(
        slug="encyclopedia-gongju-entry-key-box-text",
        site="工具百科网 (invented encyclopaedia), text",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.gongjubaike.cn/citiao/yaoshihe.html",
        title="钥匙盒",
        record_title="钥匙盒_百科词条_工具百科网",
        date=None,
        notes="an encyclopaedia as text: the entry name on a title line that also opens the body (head), a disambiguation line, an infobox, reference markers glued after sentences, tabs; an example 'hang it by the door' as content; no date",
        page="""
!m 工具百科网
!a 编辑　|　讨论　|　收藏　|　分享
{T}
!t 钥匙盒（收纳用具）
!m 本词条由“工具百科网”认证　浏览 6210　更新 12 次
!m 中文名：钥匙盒　外文名：key box　类别：家居收纳
{BODY}
!l 词条标签：收纳 家居 安防
!l 相关词条：钥匙扣　信报箱　保险柜
!d 本词条内容仅供参考，如需专业意见请咨询相关人士。
""",
        body="""
钥匙盒是用来集中存放钥匙的盒子，常见的有壁挂式、桌面式和密码式三种。
壁挂式钥匙盒一般挂在进门处的墙上，盒内设有若干挂钩，一家人的钥匙各挂一钩，出门时顺手取用。⟦m [1]⟧
密码式钥匙盒带有机械密码锁或电子锁，多用于民宿、房屋中介和物业，方便不在场时交接钥匙。⟦m [2]⟧
机关、学校和企业使用的智能钥匙盒，可以通过刷卡、指纹开启，并自动记录每一次取用和归还的时间，便于管理。
使用密码式钥匙盒时应定期更换密码，不宜挂在过于显眼的位置。
""",
    ),
    dict(
        slug="clouddrive-yunxia-request-museum-vanity-showcase-pdf",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://pan.yunxia.com/s/1aQ7mKr2xP",
        title="关于申请购置馆藏梳妆盒恒温恒湿展柜的请示",
        record_title="关于申请购置馆藏梳妆盒恒温恒湿展柜的请示.pdf",
        date="2025-02-17",
        notes="file-name record title (.pdf); a cloud-drive preview: sharer line, expiry, VIP prompts, a save-to-my-drive button; a request with an items table and the museum's contact; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于申请购置馆藏梳妆盒恒温恒湿展柜的请示.pdf_免费高速下载|云匣网盘</title>
<script src="//pan.yunxia.com/js/share.min.js"></script></head><body>
<div class="yx-head">⟦m 云匣网盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录⟧</a></div>
<div class="yx-file"><h2>{T}</h2>
<p>⟦m 分享者：鬏城文博小吴　　分享时间：昨天 16:52　　有效期：7天⟧</p>
<p>⟦m 文件大小：412.6KB⟧</p>
<div class="yx-btns"><button>⟦a 保存到我的云匣⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 超级会员极速下载⟧</button></div></div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 非会员仅可预览前2页，开通超级会员查看完整文档⟧</div>
<div class="yx-foot">⟦d 云匣网盘严禁分享违法违规内容，一经发现立即删除并封禁账号。⟧<br>⟦m ©2025 云匣网盘⟧</div>
</body></html>
""",
        body="""
市文化和旅游局：
我馆现藏明清至民国时期梳妆盒37件，其中漆器梳妆盒21件。由于现有展柜不具备温湿度调控功能，部分漆器梳妆盒出现漆面开裂、起翘，亟需改善保存条件。为此，我馆申请购置恒温恒湿展柜，具体如下：
名称　数量　估算金额（万元）
恒温恒湿独立展柜　4台　32
温湿度监测终端　8个　2.4
所需资金34.4万元，拟从2025年文物保护专项资金中列支。
妥否，请批示。
联系人：吴若禾　电话：0736-8211907
洨阳市博物馆
2025年2月17日
""",
    ),
    dict(
        slug="clouddrive-baibao-plan-classroom-coat-hooks-glued-markers",
        site="百宝盘 (invented cloud drive), text preview",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.baibaopan.cn/share/init?surl=Tq83nVw",
        title="縢溪县第三小学教室衣帽钩改造工作方案",
        record_title="縢溪县第三小学教室衣帽钩改造工作方案.pdf",
        date="2025-08-25",
        notes="file-name record title (.pdf); a cloud-drive text preview cut by page markers (⧤n⧥) glued to the continuation; 'scan to report' as content; signature date",
        page="""
!m 百宝盘 · 文件预览
!m 縢溪县第三小学教室衣帽钩改造工作方案.pdf　（298KB）
!m 分享人：三小后勤老杨　|　3 天前分享　|　提取码已验证
!a 保存到百宝盘　|　下载（需登录）
{BODY}
!a 预览仅显示文本内容，原文排版请下载后查看
!d 百宝盘提醒：请勿分享涉密文件
""",
        pages=dict(fmt="⧤{n}⧥", every=80, start=2, glue=True),
        body="""
为消除教室衣帽钩带来的安全隐患，改善学生挂放衣物条件，结合学校实际，制定本方案。
一、改造范围。全校18个教室后墙的尖头衣帽钩全部拆除，更换为圆头折叠式衣帽钩，每个教室安装48个。
二、时间安排。8月26日至8月29日利用开学前假期完成拆除和安装，8月30日组织验收。
三、责任分工。后勤处负责采购和安装，各班班主任负责开学后向学生讲解使用要求，安全办负责验收。
四、后续管理。衣帽钩出现松动的，由班级值日生扫描教室门后的报修码报修。
縢溪县第三小学
2025年8月25日
""",
    ),
    dict(
        slug="snapshot-yanying-consumer-tip-toy-vanity-boxes",
        site="檐影搜索 (invented search engine) snapshot of 洨阳市消费者协会",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.yanyingsou.com/c?u=www.xyxiaoxie.org.cn/xfts/2025/1128/66.html",
        title="网购儿童梳妆盒玩具，这四点要留心",
        record_title="网购儿童梳妆盒玩具，这四点要留心（网页快照）- 檐影搜索",
        date="2025-11-27",
        notes="a snapshot frame: a capture banner, a highlighted-terms line, a link to the current page; inside it the consumer council's page with its own chrome; the signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>网购儿童梳妆盒玩具，这四点要留心（网页快照）- 檐影搜索</title></head><body>
<div class="snap-bar" style="background:#fffbe0;border-bottom:1px solid #ccc">
<p>⟦m 檐影搜索快照：本页是该网页在 2025-12-03 09:14 被收录时的样子，当前页面可能已经变化。⟧</p>
<p>⟦m 您搜索的词已标黄：儿童 梳妆盒 玩具⟧</p>
<p>⟦a 点此访问当前页面⟧</p></div>
<div class="orig">
<div>⟦m 洨阳市消费者协会⟧ ⟦m 首页 | 消费提示 | 投诉指南 | 比较试验⟧</div>
<h2>{T}</h2>
<div>⟦m 发布：洨阳市消协　阅读：1526⟧</div>
{BODY}
<div>⟦m 消费投诉请拨打 12315　洨阳市消费者协会主办⟧</div>
</div>
</body></html>
""",
        body="""
临近元旦，不少家长在网上给孩子挑选梳妆盒类玩具作为新年礼物。市消协提醒广大家长注意以下四点：
一、看标识。正规产品应标明生产企业、执行标准、适用年龄和警示语，缺少中文标识的不要购买。
二、看镜片。梳妆盒内的镜片应为塑料镜或边缘包覆的安全镜，3岁以下儿童不宜使用带玻璃镜片的产品。
三、看小零件。发夹、仿真首饰等小零件容易被幼儿误吞，收货后要仔细检查。
四、闻气味。打开盒子有刺鼻气味的，可能含有超标的有害物质，应暂停使用并联系商家退换。
洨阳市消费者协会
2025年11月27日
""",
    ),
    dict(
        slug="snapshot-xiangshi-text-cache-hotel-hangers-notice",
        site="箱石快照 (invented text-only search cache) of 髻山县文化旅游广电体育局",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kz.xiangshi.com/text?u=wlj.jishan.gov.cn/tzgg/202509/t20250912_4180.html",
        title="关于规范宾馆民宿客房挂衣架配置的通知",
        record_title="〔快照·纯文本〕关于规范宾馆民宿客房挂衣架配置的通知 - 箱石快照",
        date="2025-09-10",
        date_also=["2025-09-12"],
        notes="a text-only cache: a capture line and a 'go to original' line at the top; the bureau's page chrome below; the 成文日期 differs from the page's 发布日期",
        page="""
!m 箱石快照 · 纯文字版
!m 本快照抓取于 2025-10-06 21:37，原网页可能已更新或删除
!a 查看原网页　|　查看带图版快照
!m 髻山县文化旅游广电体育局 > 通知公告
{T}
!m 发布日期：2025-09-12　来源：市场管理股
{BODY}
!m 髻山县文化旅游广电体育局　主办
""",
        body="""
各宾馆、酒店、民宿经营单位：
近期，我局接到多起游客投诉，反映部分宾馆民宿客房挂衣架数量不足、使用防盗挂衣架后无法取下挂衣。为提升住宿服务质量，现就规范客房挂衣架配置通知如下：
一、每间客房配置挂衣架不少于6个，其中裤架或裙架不少于2个。
二、使用防盗挂衣架的，应同时配置可取下的普通挂衣架，方便住客挂晾衣物。
三、挂衣架应保持完好清洁，断裂、变形的及时更换。
各经营单位要于9月30日前完成自查整改，我局将在国庆假期前进行抽查。
髻山县文化旅游广电体育局
2025年9月10日
""",
    ),
    dict(
        slug="print-xiaoyang-culture-centre-plan-vanity-box-exhibition",
        site="洨阳市文化馆 (invented), print view",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.xywhg.cn/print.aspx?id=2207",
        title="“妆奁流光”民间梳妆盒展览实施方案",
        record_title="【留存打印版】“妆奁流光”民间梳妆盒展览实施方案 ▸ 洨阳市文化馆",
        date="2025-09-04",
        notes="a print view calling window.print(): a print/close row, the page address and print time at the top, a print footer (⧹ 第1页 ⧹ 共1页 ⧹) closing the page; a schedule table; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【留存打印版】“妆奁流光”民间梳妆盒展览实施方案 ▸ 洨阳市文化馆</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script></head><body>
<div class="noprint">⟦a 〔立即打印〕　〔关闭本页〕⟧</div>
<div class="ph">⟦m 洨阳市文化馆　www.xywhg.cn⟧</div>
<div class="ph">⟦m 打印于：2025-09-19 15:03　原文地址：http://www.xywhg.cn/show.aspx?id=2207⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ⧹ 第1页 ⧹ 共1页 ⧹⟧</div>
</body></html>
""",
        body="""
为展示我市民间漆艺和传统妆具文化，市文化馆定于10月1日至11月30日举办“妆奁流光”民间梳妆盒展览。具体方案如下：
一、展品来源。向社会征集清代至当代民间梳妆盒80件，其中漆器、竹编、木雕各占一定比例。
二、展览安排
时间　内容
9月15日至25日　展品征集与登记
9月26日至30日　布展
10月1日　开展仪式
三、观展方式。展览免费开放，观众可通过“洨阳文化馆”公众号预约，每日限流500人。
四、安全保障。展品全部投保，展厅安排专人值守，闭馆后启用红外报警。
洨阳市文化馆
2025年9月4日
""",
    ),
    dict(
        slug="print-tengxi-rules-duty-room-key-box-footer",
        site="縢溪县机关事务服务中心 (invented), print view as text",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://jgsw.tengxi.gov.cn/gzzd/print_3012.html",
        title="縢溪县机关值班室钥匙盒管理规定",
        record_title="〔打印存档件〕縢溪县机关值班室钥匙盒管理规定｜縢溪县机关事务服务中心",
        date="2025-08-01",
        notes="a print view as text: the print time and page address at the top, a print footer (✭ 1 / 1 ✭) at the bottom; rules with 第N条 articles; signature date",
        page="""
!m 縢溪县机关事务服务中心
!m 打印时间：2025/10/14 10:22　　本页地址：http://jgsw.tengxi.gov.cn/gzzd/3012.html
!t 〔打印存档件〕縢溪县机关值班室钥匙盒管理规定
{BODY}
!a 〖打印〗〖关闭〗
!p ✭ 1 / 1 ✭
""",
        body="""
第一条　为加强机关办公楼钥匙管理，保障办公场所安全，制定本规定。
第二条　机关办公楼各办公室、会议室、机房的备用钥匙，统一存放在一楼值班室钥匙盒内，钥匙盒由值班人员保管。
第三条　借用备用钥匙须出示工作证，并在钥匙借用登记本上登记借用人、借用时间和归还时间。
第四条　机房、档案室钥匙须经办公室主任同意方可借出，当日归还。
第五条　值班人员交接班时应清点钥匙盒内钥匙，发现缺失立即报告。
第六条　本规定自印发之日起施行。
縢溪县机关事务服务中心
2025年8月1日
""",
    ),
    dict(
        slug="mail-binhu-webmail-hotel-hanger-inquiry-attachments",
        site="鬏城邮 (invented webmail) — a hotel's forwarded inquiry",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.jiuchengyou.com/read?mid=ZC2307-8812&folder=inbox",
        title="关于采购客房实木挂衣架的询价函",
        record_title="FW：〖询价采购〗关于采购客房实木挂衣架的询价函",
        date="2025-08-12",
        date_also=["2025-08-13"],
        notes="a webmail reading view: folder list, mail headers, a forwarded header, an attachment bar next to the letter's own 附件 list; the hotel's contact in the letter; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鬏城邮 - 读信</title>
<script src="/mail/js/reader.js"></script></head><body>
<div class="mail-top">⟦m 鬏城邮⟧ <span>⟦m caigou@binhuhotel.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="mail-side"><ul><li>⟦m 收件箱 (12)⟧</li><li>⟦m 已发送⟧</li><li>⟦m 草稿箱⟧</li><li>⟦m 垃圾邮件⟧</li></ul></div>
<div class="mail-main">
<div class="mail-bar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail-subject"><b>⟦t FW：〖询价采购〗关于采购客房实木挂衣架的询价函⟧</b></div>
<div class="mail-head">⟦m 发件人：鬓湖宾馆采购部 &lt;caigou@binhuhotel.cn&gt;⟧<br>⟦m 收件人：销售部 &lt;sales@yougua.com.cn&gt;⟧<br>⟦m 时　间：2025年8月13日（星期三）上午9:41⟧</div>
<div class="mail-fwd">⟦m ---------- 转发的邮件 ----------⟧<br>⟦m 发件人：鬓湖宾馆总经理办公室⟧<br>⟦m 主题：关于采购客房实木挂衣架的询价函⟧</div>
<div class="mail-content">
<h3>{T}</h3>
{BODY}
</div>
<div class="mail-attach"><b>⟦a 附件（2 个）⟧</b> ⟦a 询价清单.xlsx（16K）下载　预览⟧ ⟦a 挂衣架样式图.pdf（1.2M）下载　预览⟧</div>
</div>
<div class="mail-foot">⟦m 鬏城邮 · 企业邮箱服务⟧</div>
</body></html>
""",
        body="""
洨阳优挂家居有限公司：
我宾馆拟更换全部客房挂衣架，现向贵公司询价，有关事项如下：
一、采购内容：客房实木挂衣架1200个，荷木或榉木材质，宽44厘米，挂钩为防锈金属，可取下。
二、报价要求：请于8月20日前将报价单加盖公章后扫描发送至本邮箱，并寄送样品2个。
三、交货要求：合同签订后30日内交货，送货至宾馆后勤库房。
联系人：易婧　电话：0731-5849012
附件：1.询价清单
2.挂衣架样式图
鬓湖宾馆
2025年8月12日
""",
    ),
    dict(
        slug="mail-text-forward-school-coat-hook-quote-letter",
        site="邮件转发 (a forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="mail://peixi-shiyan-zongwu/2025-03-04/fwd-quote",
        title="关于教室衣帽钩更换项目报价的复函",
        record_title="转发：〔急〕关于教室衣帽钩更换项目报价的复函",
        date="2025-03-03",
        date_also=["2025-03-04"],
        notes="a forwarded mail as text: the forwarding note (neutral), mail headers with their own 抄送 next to the letter's own 抄送 line; the letter's date differs from the mail's; a mail-client footer",
        page="""
!t 转发：〔急〕关于教室衣帽钩更换项目报价的复函
!m 发件人：珮溪县实验中学总务处 <zongwu@pxsyzx.cn>
!m 发送时间：2025年3月4日 星期二 16:05
!m 收件人：校长办公室 <xzb@pxsyzx.cn>
!m 抄　送：财务室 <caiwu@pxsyzx.cn>
王校长：附上供货商复函，请审阅。总务处 刘
!m -------- 原始邮件 --------
!m 发件人：珮溪县铗口五金商行 <jkwujin@163.com>
!m 主　题：关于教室衣帽钩更换项目报价的复函
{T}
{BODY}
!m 此邮件由鬏城邮手机版发送
""",
        body="""
珮溪县实验中学总务处：
贵处2月28日询价函收悉。经核算，现将教室衣帽钩更换项目报价复函如下：
一、产品：圆头折叠式不锈钢衣帽钩，单价9.8元，共需1440个，合计14112元。
二、安装：含拆除旧钩及安装费用，每个教室120元，共30个教室，合计3600元。
三、总价：17712元，含税、含运费，报价有效期30天。
如有疑问，请与本店联系。电话：0743-6190521
珮溪县铗口五金商行
2025年3月3日
抄送：铗口镇市场监管所
""",
    ),
]
