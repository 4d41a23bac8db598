"""holdout96, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text throughout."""

CASES = [
    dict(
        slug="baike-heliport-entry",
        site="政务百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.zhengwubk.com/item/医疗救援直升机停机坪",
        title="医疗救援直升机停机坪",
        record_title="医疗救援直升机停机坪_政务百科",
        date=None,
        notes="encyclopedia entry; example date placeholder 20××年×月×日 and an example date inside a sentence; no date; edit stamp not a date",
        page="""
!m 政务百科　|　全球中文政务知识库
!a 编辑词条　　收藏　　分享
{T}
!m 本词条由“政务百科”科普团队审核　最近编辑：4个月前
{BODY}
!l 词条标签：航空医疗 · 公共卫生 · 基础设施
!l 参考资料 [1] 通用航空医疗救护相关技术规范
!d 百科词条人人可编辑，内容仅供参考。
""",
        body="""
医疗救援直升机停机坪是供医疗救援直升机起降、短暂停放和转运伤病员使用的场地，一般设在医院楼顶或院区空地。
主要要求：
1. 楼顶停机坪须经结构承载力评估，并设置助航灯光、风向标和消防设施。
2. 停机坪至急诊或手术室应有专用通道，转运时间一般不超过5分钟。
3. 每次起降应填写起降记录，格式一般为“20××年×月×日×时×分，机号××，起降类型××”。
例如，某医院在记录中写作“2023年5月6日10时20分接收转运伤员一名”，即为规范写法。
""",
    ),
    dict(
        slug="baike-qa-coral-buoy-request-html",
        site="公文问问 (invented)",
        style="百科问答",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.gongwenwenwen.cn/ask/61882.html",
        title="关于申请珊瑚礁在线监测浮标运维经费的请示",
        record_title="申请浮标运维经费的请示怎么写？求范文_公文问问",
        date="2024-04-09",
        notes="Q&A page: 回答于 is the page date; the answer's sample 请示 with placeholder 联系人 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>申请浮标运维经费的请示怎么写？求范文_公文问问</title></head><body>
<div class="hd">⟦m 公文问问⟧ ⟦m 公文写作问答社区⟧ ⟦a 我要提问⟧</div>
<div class="q"><h1>⟦t 申请浮标运维经费的请示怎么写？求范文⟧</h1><p>⟦m 提问者：海边小吏 · 悬赏20⟧</p></div>
<div class="ans"><p class="by">⟦m 满意回答　公文老梁　回答于 2024-04-09 21:17⟧</p>
<p>给你一个参考：</p>
<h3>{T}</h3>
{BODY}
<p class="op">⟦l 有帮助(41) 没帮助(2) 追问⟧</p></div>
<div class="rel">⟦l 相关问题：请示和报告的区别？ 经费请示附件怎么写？⟧</div>
<div class="ft">⟦m © 公文问问⟧</div>
</body></html>
""",
        body="""
县财政局：
我局于2022年在鹿回角海域布设珊瑚礁在线监测浮标2套，实时监测水温、盐度、浊度等指标，为珊瑚白化预警提供了重要数据。
目前浮标已运行两年，传感器需定期校准更换，年运维经费约18.6万元，我局年度预算无法承担。
为保障监测工作持续开展，特申请安排浮标运维经费18.6万元。
妥否，请批示。
联系人：×××　电话：×××××××
××县海洋和渔业局
××××年××月××日
""",
    ),
    dict(
        slug="pan-onion-storage-plan-paged",
        site="云栈网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunzhan.cc/s/1qPz8Rk2Lm",
        title="桦沟县洋葱产地冷藏保鲜设施建设实施方案",
        record_title="桦沟县洋葱产地冷藏保鲜设施建设实施方案.wps",
        date="2024-04-25",
        notes="cloud-drive preview; file-name title; page markers ～n/5～ glued or not; share expiry stamp is no date",
        page="""
!m 云栈网盘 · 分享文件
!t 桦沟县洋葱产地冷藏保鲜设施建设实施方案.wps
!m 分享者：h***g　分享时间：2024-05-02 08:40　有效期：永久
!a 保存到我的网盘　　下载（86KB）　　举报
{BODY}
!a 预览仅显示部分内容，请下载后查看
!d 云栈网盘提醒：请勿分享违法违规内容
""",
        pages=dict(fmt="～{n}/5～", every=200, start=2, glue="mix"),
        body="""
为解决我县洋葱集中上市期“卖难”和储藏损耗大的问题，根据省农产品产地冷藏保鲜设施建设有关要求，结合我县实际，制定本方案。
一、建设目标
2024年在全县6个洋葱主产乡镇新建产地冷藏库30座，新增库容1.2万吨，洋葱储藏损耗率由20%降至8%以下。
二、支持对象和标准
支持家庭农场和农民合作社建设通风贮藏库和机械冷藏库，按照建设库容给予补助，每立方米补助不超过300元，单个主体补助不超过100万元。
三、实施步骤
4月底前完成申报审核，9月底前完成建设，10月底前完成验收。
桦沟县农业农村局
2024年4月25日
""",
    ),
    dict(
        slug="pan-nas-lettuce-training-summary-html",
        site="小棚家庭NAS分享 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://nas.xiaopeng-home.net:5000/sharing/Lx82Hd",
        title="2024年设施叶菜种植技术培训班总结",
        record_title=None,
        date="2024-07-15",
        notes="personal NAS share with file list; missing record title (title found only in the preview); date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>文件分享</title></head><body>
<div class="bar">⟦m 小棚的家庭云⟧ ⟦m 由 xiaopeng 共享⟧</div>
<ul class="files"><li>⟦l 叶菜培训照片.zip　32.4 MB⟧</li><li>⟦l 培训签到表.xlsx　18 KB⟧</li><li>⟦l 培训班总结.docx　24 KB⟧</li></ul>
<div class="preview"><p class="fn">⟦m 正在预览：培训班总结.docx⟧</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="dl">⟦a 下载全部⟧ ⟦a 下载所选⟧</div>
<div class="ft">⟦m Powered by PhotoStation⟧</div>
</body></html>
""",
        body="""
7月8日至12日，县农技推广中心在栗阳蔬菜产业园举办设施叶菜种植技术培训班，全县生菜、菠菜种植户和合作社技术员共68人参加。
培训采取“课堂讲授＋大棚实操”方式，围绕水培生菜营养液管理、夏季遮阳降温、病虫害绿色防控等内容授课12个课时。
结业考核合格65人，合格率95.6%。学员普遍反映，实操环节收获最大。
下一步，中心将组建技术服务群，跟踪学员生产情况。
栗阳县农业技术推广中心
2024年7月15日
""",
    ),
    dict(
        slug="snapshot-typhoon-shelter-notice-oneline",
        site="搜搜快照（文本缓存） (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.sousou-search.cn/c?m=9f65cb4a8c8507ed4fece763&p=tangwan",
        title="关于台风期间渔船进港避风有关事项的通知",
        record_title="关于台风期间渔船进港避风有关事项的通知 - 搜搜快照",
        date="2024-07-22",
        notes="text-only cache frame; body on one line; snapshot time is no date; document date under signature",
        page="""
!m 这是 http://www.tangwan.gov.cn/hyj/tzgg/7763.html 的快照，抓取于 2024年8月1日 05:21:09
!d 搜搜和网页作者无关，不对其内容负责。原网页可能已经更改。
!a 查看原网页　　仅显示文字
!m 您查询的关键词已被高亮：台风　避风
{T}
{BODY}
!m 棠湾县海洋和渔业局　版权所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各渔港管理站、各渔业村：
今年第3号台风已进入南海，预计7月24日前后影响我县海域。为确保渔船和渔民生命财产安全，现就渔船进港避风有关事项通知如下。
一、所有海上作业渔船于7月23日18时前全部回港避风，渔港管理站逐船登记核对。
二、避风塘内渔船按指定泊位停靠，船与船之间加固绑缆，严禁人员留船。
三、各渔业村落实“一船一责任人”，台风解除预警前不得出海。
棠湾县海洋和渔业局
2024年7月22日
""",
    ),
    dict(
        slug="snapshot-dune-station-summary-html",
        site="捷搜网页快照 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://snapshot.jiesou.com/s?u=http%3A%2F%2Fwww.naicheng-lc.gov.cn%2Fzsz%2F2024%2F1120.html",
        title="柰城县治沙站2024年流动沙丘固定工作总结",
        record_title="柰城县治沙站2024年流动沙丘固定工作总结",
        date="2024-11-20",
        notes="snapshot frame around an old county page; a data table kept; snapshot stamp not a date",
        page="""
<html><head><meta charset="utf-8"><title>柰城县治沙站2024年流动沙丘固定工作总结_捷搜快照</title></head><body>
<div style="border:1px solid #ccc">⟦m 捷搜快照：本页为 2024-12-03 10:15:40 保存的页面副本⟧ ⟦a 访问原始网页⟧</div>
<table width="900"><tr><td>⟦m 柰城县林业和草原局⟧</td></tr><tr><td>⟦m 首页 | 林草动态 | 治沙造林 | 政务公开⟧</td></tr></table>
<table width="900"><tr><td>
<h3>{T}</h3>
<div>⟦m 时间：2024-11-20　来源：县治沙站⟧</div>
{BODY}
</td></tr></table>
<div>⟦m 柰城县林业和草原局 主办　新ICP备05002113号⟧</div>
</body></html>
""",
        body="""
2024年，县治沙站围绕鸣沙丘周边流动沙丘固定任务，组织施工队伍和护林员扎实推进各项工作。
全年完成草方格沙障铺设4200亩，栽植梭梭、沙拐枣等灌木38万株，当年成活率82%。
项目区　沙障面积（亩）　栽植（万株）
北沙窝　2300　21
红柳湾　1900　17
下一步，我站将加强补植补造和管护巡查，确保已固定沙丘不再活化。
""",
    ),
    dict(
        slug="print-flower-auction-rules-paged",
        site="枳川花卉拍卖市场（打印视图） (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.zchhpm.com/print.asp?id=332",
        title="枳川花卉拍卖市场康乃馨鲜切花交易规则",
        record_title="打印 - 枳川花卉拍卖市场康乃馨鲜切花交易规则",
        date="2024-01-05",
        notes="print view with print header/footer; page markers ［打印第n页］ cut sentences; articles speaking of 打印 and 扫码 kept",
        page="""
!m 枳川花卉拍卖市场　www.zchhpm.com
!a [打印本页]　[关闭]
{T}
!m 打印时间：2024/5/10 9:03
{BODY}
!m 本页地址：http://www.zchhpm.com/news.asp?id=332
""",
        pages=dict(fmt="［打印第{n}页］", every=110, start=2, glue=False),
        body="""
第一条　为规范康乃馨鲜切花拍卖交易，维护买卖双方合法权益，制定本规则。
第二条　供货商应在拍卖日前一天16时前送货入场，按花色、等级分箱装运，每箱贴挂批次二维码。
第三条　买家须持交易卡入场竞拍，竞拍成功后在交易大厅扫码确认，并自行打印提货单。
第四条　同一批次康乃馨开花度不一致、等级不符的，市场有权降级拍卖。
第五条　本规则自2024年1月5日起施行。
枳川花卉拍卖市场管理办公室
""",
    ),
    dict(
        slug="print-lily-festival-speech",
        site="栗阳文旅网（打印稿） (invented)",
        style="打印页",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wlj.liyang.gov.cn/print/20240618-56.html",
        title="在第二届栗阳百合文化节开幕式上的致辞",
        record_title="〔打印稿〕在第二届栗阳百合文化节开幕式上的致辞",
        date="2024-06-18",
        notes="print view; date in Chinese numerals under the speech title; speaker line neutral; print footer",
        page="""
!m 栗阳文旅网　打印预览
!t 〔打印稿〕在第二届栗阳百合文化节开幕式上的致辞
{T}
栗阳县人民政府副县长　魏芳华
（二〇二四年六月十八日）
{BODY}
!m 来源网址：wlj.liyang.gov.cn　打印于2024-06-30
!p —— 第 1 页 · 共 1 页 ——
""",
        body="""
尊敬的各位来宾，朋友们：
六月的栗阳，百合花开满山坡。今天，第二届栗阳百合文化节在这里开幕。我谨代表县人民政府，向各位来宾表示热烈欢迎！
栗阳种植百合已有三百多年历史，目前全县种植面积达到2.6万亩，带动1.2万户农民增收。
本届文化节将举办百合花海观光、百合美食品鉴、百合产品展销等活动，持续到7月18日。
欢迎大家走进花海，品尝百合，把栗阳的美好带回家。谢谢大家！
""",
    ),
    dict(
        slug="mail-fwd-stranding-notice",
        site="企业邮箱转发邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://inbox/2024-08-05/fw-whale-stranding",
        title="关于做好鲸豚类搁浅救助工作的通知",
        record_title="转发：关于做好鲸豚类搁浅救助工作的通知",
        date="2024-08-02",
        date_also=["2024-08-05"],
        notes="forwarded mail: mail headers as meta; mail's own 附件 header vs the document's 附件 list (kept); 抄送 in the document kept",
        page="""
!m 发件人：县渔政执法大队办公室 <yuzheng@tangwan.gov.cn>
!m 收件人：沿海各乡镇农业服务中心
!m 发送时间：2024年8月5日(星期一) 上午9:12
!t 主题：转发：关于做好鲸豚类搁浅救助工作的通知
!m 附件：搁浅救助联络表.xlsx (14 KB)
!w 各位好，转发市局通知，请抓紧落实。有问题打大队值班电话。
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件及其附件含有保密信息，若您不是指定收件人，请立即删除。
!m ——发自企业邮箱手机版
""",
        body="""
各县（市、区）渔业主管部门：
近期我市沿海相继发生江豚、伪虎鲸搁浅事件。为及时有效开展救助，现就有关工作通知如下。
一、发现鲸豚类搁浅后，应在第一时间报告当地渔业主管部门，并联系鲸豚救助志愿服务队。
二、救助现场要设置警戒，禁止围观人员触摸、拍照和投喂。
三、死亡个体须按规定取样后无害化处理，不得擅自买卖。
附件：鲸豚搁浅救助联络表
抄送：市海警局，市林业局
市海洋和渔业局
2024年8月2日
""",
    ),
    dict(
        slug="mail-reply-airship-exhibit-request",
        site="邮件往来存档 (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mail://archive/2023-05-19/re-airship-exhibit",
        title="关于借调系留飞艇参加科技活动周展览的请示",
        record_title="Re: 回复：关于借调系留飞艇参加科技活动周展览的请示.docx",
        date="2023-05-16",
        date_also=["2023-05-19"],
        notes="mail reply chain; file-name-like decorated title; quoted earlier replies as chrome; wrapped body",
        page="""
!m 发件人：县科协 任蕾
!m 时间：2023-05-19 16:47
!t 主题：Re: 回复：关于借调系留飞艇参加科技活动周展览的请示.docx
!w 收到，已报分管领导。展位图稍后发您。
!m > 在 2023-05-17 10:02，杪山县科技馆 写道：
!m > 请示正文见下，盼复。
{T}
{BODY}
!d 本邮件由企业邮件系统自动存档
""",
        wrap=60,
        body="""
县科协：
为办好今年科技活动周，我馆拟在县体育中心广场举办“飞向天空”航空科普展，计划向云舟飞艇厂借调一艘小型系留飞艇进行静态展示和低空系留演示。
演示高度不超过50米，由厂方派出专业人员全程操作，我馆负责场地安全保障和观众疏导，并已联系气象部门提供展期天气服务。
妥否，请批示。
杪山县科技馆
2023年5月16日
""",
    ),
]
